// The check of src/content/geometry-sources-zh.json, the Chinese of every boundary source the atlas shows
// (geometry_source → geometry_source_zh): every area's source has Chinese, and every entry is used.
import type { ContentArea } from '../../src/data/types';
import type { DataIssue } from '../content/dataIssue';
import { CONTENT_FILES } from '../content/validateContent';
import { checkFields } from '../content/validate/fields';
import { isRecord } from '../content/validate/shared';
import { computeGeometry, geometrySourcesZhOf, indexGeodata } from './buildAtlas';
import type { ContentOnDisk } from './readContent';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;

export function validateGeometrySourcesZh(content: ContentOnDisk): DataIssue[] {
  const issues: DataIssue[] = [];
  const file = CONTENT_FILES.geometrySourcesZh;
  if (content.geometrySourcesZh === undefined) return issues;
  checkFields(content.geometrySourcesZh, 'geometrySourcesZh', { file }, issues);
  const raw = isRecord(content.geometrySourcesZh) ? content.geometrySourcesZh.zh : undefined;
  if (!isRecord(raw))
    return [...issues, { file, field: 'zh', message: 'zh must map each English source to Chinese' }];
  for (const [en, zh] of Object.entries(raw))
    if (typeof zh !== 'string' || !HAN.test(zh))
      issues.push({ file, field: `zh["${en.slice(0, 40)}…"]`, message: 'must be Chinese text' });
  const table = geometrySourcesZhOf(content.geometrySourcesZh);
  const geo = indexGeodata(content.geodata);
  const used = new Set<string>();
  for (const { file: areaFile, data } of content.areas) {
    if (!isRecord(data) || typeof data.id !== 'string') continue;
    const { geometry_source: source } = computeGeometry(
      data as unknown as ContentArea,
      geo.get(data.id) ?? [],
    );
    used.add(source);
    if (!(source in table))
      issues.push({
        file: areaFile,
        feature: data.id,
        field: 'geometry_source',
        message: `boundary source has no Chinese in ${file}: "${source}"`,
      });
  }
  for (const en of Object.keys(table))
    if (!used.has(en))
      issues.push({ file, field: `zh["${en.slice(0, 40)}…"]`, message: 'no area has this boundary source' });
  return issues;
}
