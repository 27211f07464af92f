// `npm run build:data`: validates seeds, content and geodata, then writes public/data/{atlas.json, atlas.csv, plan.json, search.json}
// and copies geodata/*.geojson to public/data/geo/. Exits 1, listing the issues, when any check fails.
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { encodeCsv } from '../src/data/csv';
import { formatIssue } from './content/validateContent';
import { toPlanDoc } from './plan/planDoc';
import { atlasCsvRows, buildAtlasFromContent, CSV_HEADER, planSourceOf } from './lib/buildAtlas';
import { collectIssues } from './lib/collectIssues';
import { readContent } from './lib/readContent';
import { buildSearchEntries } from './content/searchEntries';
import type { Synonyms } from '../src/data/types';

const root = process.cwd();
const outDir = join(root, 'public/data');
const content = readContent(root);
const issues = collectIssues(content);

if (issues.length > 0) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(
    `\nbuild:data failed: ${issues.length} data issue(s). Run \`npm run check:data\` after fixing.`,
  );
  process.exit(1);
}
if (content.areas.length === 0)
  console.warn('warning: no area files in src/content/areas: atlas.json has no areas');

// validated above: the content has the shapes of the domain types
const source = planSourceOf(content);
const atlas = buildAtlasFromContent(content);
const planDoc = toPlanDoc(content.plan, content.sectionsEn.sections, source, content.sectionsEn.title);

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'atlas.json'), JSON.stringify(atlas));
writeFileSync(join(outDir, 'atlas.csv'), encodeCsv(CSV_HEADER, atlasCsvRows(atlas)));
writeFileSync(join(outDir, 'plan.json'), JSON.stringify(planDoc));
// Pinyin is computed here so that pinyin-pro (145 kB gzip) never ships to the browser.
writeFileSync(
  join(outDir, 'search.json'),
  JSON.stringify(buildSearchEntries(atlas, content.synonyms as Synonyms)),
);

const geoOut = join(outDir, 'geo');
rmSync(geoOut, { recursive: true, force: true });
mkdirSync(geoOut, { recursive: true });
const geoFiles = readdirSync(join(root, 'geodata')).filter((f) => f.endsWith('.geojson'));
for (const f of geoFiles) copyFileSync(join(root, 'geodata', f), join(geoOut, basename(f)));

const tasks = atlas.areas.reduce((n, a) => n + a.tasks.length, 0);
console.log(
  `build:data: ${atlas.areas.length} areas, ${tasks} tasks, ${atlas.links.length} links, ` +
    `${atlas.indicators.length} indicators, ${atlas.sections.length} sections, ${geoFiles.length} geodata files → public/data/`,
);
