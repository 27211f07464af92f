// The brief's small locator map: Beijing's districts from the geodata the app has loaded, the area marked on them.
import { useEffect, useState } from 'react';
import type { Area } from '../../data/types';
import type { GeoCollections } from '../../data/load';
import { useLoader } from '../../store/useAtlas';
import { useT } from '../../i18n/i18n';
import { base, kindColours } from '../../data/palette';
import { buildLocator } from './locator';

export function BriefLocator({ area, name }: { area: Area; name: string }) {
  const t = useT();
  const loader = useLoader();
  const [geo, setGeo] = useState<GeoCollections | null>(null);
  useEffect(() => {
    let live = true;
    loader
      .geo()
      .then((g) => live && setGeo(g.collections))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [loader]);
  if (!geo) return null;
  const ids = new Set([area.id, ...(area.kind === 'district' ? [] : area.district ? [area.district] : [])]);
  const own = new Set([area.id]);
  const locator = buildLocator(geo.districts, area.kind === 'district' ? own : ids, area.center, 150, [
    geo.zones,
  ]);
  if (locator.height === 0) return null;
  const colour = kindColours[area.kind];
  return (
    <svg
      className="brief-locator"
      role="img"
      aria-label={t('brief.locator', { name })}
      width={locator.width}
      height={locator.height}
      viewBox={`0 0 ${locator.width} ${locator.height}`}
    >
      {locator.shapes.map((s, i) => (
        <path
          key={i}
          d={s.d}
          fill={s.highlighted ? colour : base.beijing}
          fillOpacity={s.highlighted ? 0.35 : 1}
          stroke={s.highlighted ? colour : base.districtLine}
          strokeWidth={s.highlighted ? 1.2 : 0.6}
        />
      ))}
      {locator.marker && (
        <circle
          cx={locator.marker.x}
          cy={locator.marker.y}
          r="4"
          fill={colour}
          stroke="#000"
          strokeWidth="1"
        />
      )}
    </svg>
  );
}
