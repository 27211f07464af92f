// Node-side reader of everything the data scripts and data tests check: the plan seed, content JSON, geodata GeoJSON.
// A missing content file (or areas/ folder) is a read error naming it, never an empty list: check:data and build:data
// fail on it rather than pass with, say, no links.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parsePlan } from '../plan/parse';
import type { ParsedPlan } from '../plan/types';
import type { AreaFile, ContentInput } from '../content/validateContent';
import { CONTENT_FILES, geoFeatureRefs } from '../content/validateContent';

export const SEED_FILE = 'seeds/000_245563ab633a4873.txt';
/** Where the seed's sha256 is recorded, as `sha256: \`…\``. */
export const SEED_README = 'seeds/README.md';

export interface ContentOnDisk extends ContentInput {
  plan: ParsedPlan;
  areas: AreaFile[];
  /** The plan text, its sha256, and the sha256 seeds/README.md records for it (null when none is recorded). */
  seed: { file: string; raw: string; sha256: string; recordedSha256: string | null };
  /** Geodata FeatureCollections by path relative to the root ("geodata/zones.geojson"), parsed but not validated. */
  geodata: Record<string, unknown>;
  sectionsEn: { title: string; sections: Record<string, string> };
  /** Problems reading files (bad JSON): reported like any other data issue. */
  readErrors: Array<{ file: string; message: string }>;
}

export interface ReadOptions {
  /** Where content/ lives relative to root (default src/content). */
  contentDir?: string;
  /** Where the GeoJSON lives relative to root (default geodata). */
  geodataDir?: string;
}

export function readContent(root: string, options: ReadOptions = {}): ContentOnDisk {
  const contentDir = options.contentDir ?? 'src/content';
  const geodataDir = options.geodataDir ?? 'geodata';
  const readErrors: ContentOnDisk['readErrors'] = [];
  const readJson = (rel: string, fallback: unknown): unknown => {
    const path = join(root, rel);
    if (!existsSync(path)) {
      readErrors.push({ file: rel, message: 'file is missing' });
      return fallback;
    }
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as unknown;
    } catch (e) {
      readErrors.push({ file: rel, message: `not valid JSON: ${(e as Error).message}` });
      return fallback;
    }
  };
  const inContent = (p: string): string => p.replace(/^src\/content/, contentDir);

  const raw = readFileSync(join(root, SEED_FILE), 'utf8');
  const sha256 = createHash('sha256')
    .update(readFileSync(join(root, SEED_FILE)))
    .digest('hex');
  const plan = parsePlan(raw);
  const readme = existsSync(join(root, SEED_README)) ? readFileSync(join(root, SEED_README), 'utf8') : '';
  const recordedSha256 = /sha256:\s*`([0-9a-f]{64})`/.exec(readme)?.[1] ?? null;

  const areaDir = join(root, inContent(CONTENT_FILES.areaDir));
  if (!existsSync(areaDir))
    readErrors.push({ file: inContent(CONTENT_FILES.areaDir), message: 'folder is missing' });
  const areas: AreaFile[] = existsSync(areaDir)
    ? readdirSync(areaDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => {
          const rel = relative(root, join(areaDir, f));
          return { file: rel, data: readJson(rel, null) };
        })
    : [];

  const geodata: Record<string, unknown> = {};
  const geoDirAbs = join(root, geodataDir);
  if (existsSync(geoDirAbs)) {
    for (const f of readdirSync(geoDirAbs)
      .filter((x) => x.endsWith('.geojson'))
      .sort()) {
      const rel = `${geodataDir}/${f}`;
      geodata[rel] = readJson(rel, null);
    }
  }

  const sectionsEn = readJson(inContent(CONTENT_FILES.sectionsEn), {
    title: '',
    sections: {},
  }) as ContentOnDisk['sectionsEn'];

  return {
    plan,
    seed: { file: SEED_FILE, raw, sha256, recordedSha256 },
    industries: readJson(inContent(CONTENT_FILES.industries), []),
    fields: readJson(inContent(CONTENT_FILES.fields), []),
    groups: readJson(inContent(CONTENT_FILES.groups), []),
    areas,
    links: readJson(inContent(CONTENT_FILES.links), []),
    indicators: readJson(inContent(CONTENT_FILES.indicators), []),
    statements: readJson(inContent(CONTENT_FILES.statements), []),
    synonyms: readJson(inContent(CONTENT_FILES.synonyms), { industries: {}, areas: {} }),
    glossary: readJson(inContent(CONTENT_FILES.glossary), []),
    tour: readJson(inContent(CONTENT_FILES.tour), []),
    goals: readJson(inContent(CONTENT_FILES.goals), []),
    geometrySourcesZh: readJson(inContent(CONTENT_FILES.geometrySourcesZh), { zh: {} }),
    geoIds: geoFeatureRefs(geodata),
    files: {
      industries: inContent(CONTENT_FILES.industries),
      fields: inContent(CONTENT_FILES.fields),
      groups: inContent(CONTENT_FILES.groups),
      links: inContent(CONTENT_FILES.links),
      indicators: inContent(CONTENT_FILES.indicators),
      goals: inContent(CONTENT_FILES.goals),
      sectionsEn: inContent(CONTENT_FILES.sectionsEn),
      statements: inContent(CONTENT_FILES.statements),
      synonyms: inContent(CONTENT_FILES.synonyms),
      glossary: inContent(CONTENT_FILES.glossary),
      tour: inContent(CONTENT_FILES.tour),
    },
    geodata,
    sectionsEn,
    readErrors,
  };
}
