// The npm packages whose code the build ships to the browser, read from the bundle itself (every module of every
// output chunk, and every emitted asset, that comes from node_modules), each with its version and declared licence.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

export interface ShippedPackage {
  name: string;
  version: string;
  license: string;
  /** Output files of dist/ that hold its code. */
  files: string[];
}

/** Where the report goes in dist/ (public: what the app is made of and under which licences). */
export const SHIPPED_PACKAGES_FILE = 'third-party-licences.json';

/** The package a module path belongs to: the part after the last node_modules/, scoped names kept whole. */
export function packageDir(moduleId: string): { name: string; dir: string } | null {
  const path = `/${moduleId.replace(/\\/g, '/').replace(/^\0/, '').split('?')[0]}`.replace(/^\/+/, '/');
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const rest = path.slice(at + '/node_modules/'.length).split('/');
  const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  return { name, dir: `${path.slice(0, at)}/node_modules/${name}` };
}

/** The licence a package.json declares (`license`, or the old `licenses` list), or "UNKNOWN". */
export function declaredLicense(pkg: Record<string, unknown>): string {
  if (typeof pkg.license === 'string') return pkg.license;
  if (typeof pkg.license === 'object' && pkg.license !== null)
    return String((pkg.license as { type?: unknown }).type);
  if (Array.isArray(pkg.licenses))
    return pkg.licenses.map((l: { type?: unknown }) => String(l.type)).join(' OR ');
  return 'UNKNOWN';
}

/** Vite plugin: writes dist/third-party-licences.json from the bundle's own module lists. */
export function shippedPackages(): Plugin {
  return {
    name: 'atlas-shipped-packages',
    apply: 'build',
    generateBundle(_options, bundle) {
      const byName = new Map<string, { dir: string; files: Set<string> }>();
      const add = (id: string, file: string) => {
        const pkg = packageDir(id);
        if (!pkg) return;
        const entry = byName.get(pkg.name) ?? { dir: pkg.dir, files: new Set<string>() };
        entry.files.add(file);
        byName.set(pkg.name, entry);
      };
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') for (const id of Object.keys(output.modules)) add(id, output.fileName);
        else for (const id of output.originalFileNames ?? []) add(resolve(id), output.fileName);
      }
      const packages: ShippedPackage[] = [...byName]
        .map(([name, { dir, files }]) => {
          const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
          return {
            name,
            version: String(pkg.version),
            license: declaredLicense(pkg),
            files: [...files].sort(),
          };
        })
        .sort((a, b) => a.name.localeCompare(b.name));
      this.emitFile({
        type: 'asset',
        fileName: SHIPPED_PACKAGES_FILE,
        source: `${JSON.stringify(packages, null, 2)}\n`,
      });
    },
  };
}
