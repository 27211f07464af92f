// The browser/build split holds: every module in src/ is imported (transitively) from src/main.tsx.
import { describe, expect, it } from 'vitest';
import { importSpecifiers, unreachableModules } from './check-reachable';

const ROOT = new URL('..', import.meta.url).pathname;

describe('check:reachable', () => {
  it('finds static, re-export, side-effect and dynamic relative imports, not comments or packages', () => {
    const source = [
      "import { a } from './a';",
      "import type {\n  B,\n} from '../b';",
      "export { c } from './c';",
      "import './d.css';",
      "const e = await import('./e');",
      "// import { f } from './f';",
      "import React from 'react';",
    ].join('\n');
    expect(importSpecifiers(source).sort()).toEqual(['../b', './a', './c', './d.css', './e']);
  });

  it('every module in src/ is reachable from src/main.tsx', () => {
    expect(unreachableModules(ROOT)).toEqual([]);
  });
});
