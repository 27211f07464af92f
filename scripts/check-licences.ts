// Licence report of everything shipped to the browser: reads dist/third-party-licences.json (written by the build
// from the bundle's module lists, scripts/supply/shippedPackages.ts), prints one line per package and fails on a
// copyleft or undeclared licence. Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { SHIPPED_PACKAGES_FILE, type ShippedPackage } from './supply/shippedPackages';
import { licenceProblem } from './supply/licencePolicy';

const file = `dist/${SHIPPED_PACKAGES_FILE}`;
if (!existsSync(file)) {
  console.error(`${file} is missing: run npm run build first`);
  process.exit(1);
}
const packages = JSON.parse(readFileSync(file, 'utf8')) as ShippedPackage[];
let failures = 0;
for (const p of packages) {
  const problem = licenceProblem(p.license);
  if (problem) failures++;
  console.log(
    `${problem ? 'FAIL' : 'ok  '} ${p.name}@${p.version}  ${p.license}  → ${p.files.join(', ')}${problem ? `  (${problem})` : ''}`,
  );
}
console.log(
  `\n${packages.length} package(s) shipped in dist/, ${failures} with a licence the app cannot ship`,
);
if (failures > 0) process.exit(1);
