// Export of the current shortlist: CSV (UTF-8 with BOM), GeoJSON (area shapes where drawn, else centre points), JSON.
import { useState } from 'react';
import type { Geometry } from 'geojson';
import type { FilterResult } from '../../data/industryFilter';
import { resultsToCsv, resultsToGeoJson, resultsToJson, type GeometryLookup } from '../../data/exportResults';
import { loadGeoCollections } from '../../data/loadAtlas';
import type { FilterState } from '../../store/filterSlice';
import { useAtlas } from '../../store/useAtlas';
import { useT } from '../../i18n/i18n';
import { useAtlasIndex } from '../../app/atlasData';
import { downloadText, exportFileName } from './download';

/** Shapes by area id from the geodata the map draws (cached by the browser); null when it cannot be loaded. */
async function geometryLookup(): Promise<GeometryLookup | null> {
  try {
    const { collections } = await loadGeoCollections();
    const byId = new Map<string, Geometry>();
    for (const fc of [collections.districts, collections.zones, collections.jjj, collections.national]) {
      for (const f of fc.features) {
        const id = f.properties?.id;
        if (typeof id === 'string' && f.geometry && !byId.has(id)) byId.set(id, f.geometry);
      }
    }
    return (id) => byId.get(id);
  } catch {
    return null;
  }
}

export function ExportButtons({
  results,
  filter,
}: {
  results: readonly FilterResult[];
  filter: FilterState;
}) {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const { atlas } = useAtlasIndex();
  const [busy, setBusy] = useState(false);
  const disabled = results.length === 0;

  const csv = () =>
    downloadText(exportFileName(filter, 'csv'), resultsToCsv(results, language, atlas), 'text/csv');
  const json = () =>
    downloadText(
      exportFileName(filter, 'json'),
      resultsToJson(results, atlas, { ...filter, url: window.location.href }),
      'application/json',
    );
  const geojson = async () => {
    setBusy(true);
    try {
      const lookup = await geometryLookup();
      const fc = resultsToGeoJson(results, atlas, lookup ?? undefined);
      downloadText(exportFileName(filter, 'geojson'), `${JSON.stringify(fc)}\n`, 'application/geo+json');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-buttons" role="group" aria-label={t('filter.export')}>
      <span className="export-label">{t('filter.export')}</span>
      <button type="button" onClick={csv} disabled={disabled}>
        CSV
      </button>
      <button type="button" onClick={() => void geojson()} disabled={disabled || busy}>
        GeoJSON
      </button>
      <button type="button" onClick={json} disabled={disabled}>
        JSON
      </button>
    </div>
  );
}
