// The licence policy of the browser bundle: permissive passes, copyleft or unknown fails.
import { describe, expect, it } from 'vitest';
import { licenceProblem } from './licencePolicy';
import { declaredLicense, packageDir } from './shippedPackages';

describe('licenceProblem', () => {
  it.each(['MIT', 'ISC', 'BSD-3-Clause', 'Apache-2.0', '(MIT OR GPL-3.0)', 'MIT AND ISC'])('ships %s', (l) =>
    expect(licenceProblem(l)).toBeNull(),
  );
  it.each([
    ['GPL-3.0-only', 'copyleft licence'],
    ['LGPL-3.0-or-later', 'copyleft licence'],
    ['MPL-2.0', 'copyleft licence'],
    ['AGPL-3.0', 'copyleft licence'],
    ['MIT AND GPL-2.0', 'copyleft licence'],
    ['UNKNOWN', 'licence not on the permissive list'],
    ['SEE LICENSE IN LICENSE.txt', 'licence not on the permissive list'],
  ])('refuses %s', (l, why) => expect(licenceProblem(l)).toBe(why));
});

describe('packageDir', () => {
  it('names the innermost package of a module path, scoped names whole', () => {
    expect(packageDir('/w/node_modules/react-dom/cjs/react-dom.production.js')?.name).toBe('react-dom');
    expect(packageDir('/w/node_modules/@turf/area/dist/esm/index.js')?.name).toBe('@turf/area');
    expect(packageDir('/w/node_modules/a/node_modules/b/index.js')).toEqual({
      name: 'b',
      dir: '/w/node_modules/a/node_modules/b',
    });
    expect(packageDir('/w/src/main.tsx')).toBeNull();
    // an asset's original file name is relative to the project root
    expect(packageDir('node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs')).toEqual({
      name: 'maplibre-gl',
      dir: '/node_modules/maplibre-gl',
    });
    expect(packageDir('\0/w/node_modules/zustand/esm/index.mjs?commonjs-proxy')?.name).toBe('zustand');
  });
  it('reads the declared licence in its old forms too', () => {
    expect(declaredLicense({ license: 'MIT' })).toBe('MIT');
    expect(declaredLicense({ license: { type: 'BSD-3-Clause' } })).toBe('BSD-3-Clause');
    expect(declaredLicense({ licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] })).toBe(
      'MIT OR Apache-2.0',
    );
    expect(declaredLicense({})).toBe('UNKNOWN');
  });
});
