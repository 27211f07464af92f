// Export of the current shortlist: CSV (UTF-8 with BOM), GeoJSON (area shapes where drawn, else centre points), JSON.
import { useState } from 'react';
import type { FilterResult } from '../../data/industryFilter';
import { resultsToCsv, resultsToGeoJson, resultsToJson, type GeometryLookup } from '../../data/exportResults';
import type { DataLoader } from '../../data/load';
import { areaCollections, featuresByAreaId } from '../../data/geoIndex';
import type { FilterState } from '../../store/filterSlice';
import { useAtlas, useAtlasIndex, useAtlasStore, useLoader } from '../../store/useAtlas';
import { viewUrl } from '../../store/urlSync';
import { useT } from '../../i18n/i18n';
import { downloadText, exportFileName } from './download';

/** The first drawn shape of each area in the geodata the map draws; null when the geodata cannot be loaded. */
async function geometryLookup(loader: DataLoader): Promise<GeometryLookup | null> {
  try {
    const byId = featuresByAreaId(areaCollections((await loader.geo()).collections));
    return (id) => byId.get(id)?.[0]?.geometry;
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
  const loader = useLoader();
  const store = useAtlasStore();
  const [busy, setBusy] = useState(false);
  const disabled = results.length === 0;

  const csv = () =>
    downloadText(exportFileName(filter, 'csv'), resultsToCsv(results, language, atlas), 'text/csv');
  const json = () =>
    downloadText(
      exportFileName(filter, 'json'),
      // the link to this view, as Share gives it (not the page's address of the moment)
      resultsToJson(results, atlas, { ...filter, url: viewUrl(window.location, store.getState(), false) }),
      'application/json',
    );
  const geojson = async () => {
    setBusy(true);
    try {
      const lookup = await geometryLookup(loader);
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
