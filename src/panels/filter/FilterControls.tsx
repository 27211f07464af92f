// The filter's controls: match any/all, area kinds, and the industry checkboxes grouped by industry group with counts.
import { useEffect, useMemo, useRef } from 'react';
import type { AreaKind, Industry, IndustryGroup } from '../../data/types';
import { countsByField, countsByIndustry } from '../../data/industryFilter';
import { AREA_KINDS } from '../../data/areaKinds';
import { useAtlas, useAtlasIndex } from '../../store/useAtlas';
import { useT, pickName } from '../../i18n/i18n';

/** How many areas (of the chosen kinds) have at least one industry of each group. */
function countsByGroup(
  areas: readonly { kind: AreaKind; industries: string[] }[],
  industries: readonly Industry[],
  kinds: readonly AreaKind[],
): Record<string, number> {
  const groupOf = new Map(industries.map((i) => [i.id, i.group]));
  const counts: Record<string, number> = {};
  for (const area of areas) {
    if (kinds.length > 0 && !kinds.includes(area.kind)) continue;
    const groups = new Set(area.industries.map((id) => groupOf.get(id)).filter((g) => g !== undefined));
    for (const g of groups) counts[g] = (counts[g] ?? 0) + 1;
  }
  return counts;
}

function GroupCheckbox({
  group,
  checked,
  indeterminate,
  count,
}: {
  group: IndustryGroup;
  checked: boolean;
  indeterminate: boolean;
  count: number;
}) {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const toggleGroup = useAtlas((s) => s.toggleGroup);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  const descId = `filter-grp-count-${group.id}`;
  return (
    <>
      <label className="filter-option filter-group-option">
        <input
          ref={ref}
          type="checkbox"
          checked={checked}
          aria-describedby={descId}
          onChange={() => toggleGroup(group.id)}
        />
        <span className="filter-option-name">{pickName(language, group.zh, group.en)[0]}</span>
        <span className="filter-count" aria-hidden="true">
          {count}
        </span>
      </label>
      <span id={descId} hidden>
        {t(count === 1 ? 'filter.groupCountOne' : 'filter.groupCount', { n: count })}
      </span>
    </>
  );
}

export function FilterControls() {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const filter = useAtlas((s) => s.filter);
  const toggleIndustry = useAtlas((s) => s.toggleIndustry);
  const toggleField = useAtlas((s) => s.toggleField);
  const setMatch = useAtlas((s) => s.setMatch);
  const setKinds = useAtlas((s) => s.setKinds);
  const { atlas, fieldsByIndustry } = useAtlasIndex();

  const counts = useMemo(() => countsByIndustry(atlas, filter.kinds), [atlas, filter.kinds]);
  const fieldCounts = useMemo(() => countsByField(atlas, filter.kinds), [atlas, filter.kinds]);
  const groupCounts = useMemo(
    () => countsByGroup(atlas.areas, atlas.industries, filter.kinds),
    [atlas, filter.kinds],
  );
  const groups = useMemo(
    () =>
      atlas.industry_groups
        .map((group) => ({ group, members: atlas.industries.filter((i) => i.group === group.id) }))
        .filter((g) => g.members.length > 0),
    [atlas],
  );
  const toggleKind = (kind: AreaKind) =>
    setKinds(filter.kinds.includes(kind) ? filter.kinds.filter((k) => k !== kind) : [...filter.kinds, kind]);

  return (
    <div className="filter-controls">
      <fieldset className="filter-match">
        <legend>{t('filter.match')}</legend>
        {(['any', 'all'] as const).map((m) => (
          <label key={m} className="filter-radio">
            <input
              type="radio"
              name="filter-match"
              value={m}
              checked={filter.match === m}
              onChange={() => setMatch(m)}
            />
            {t(m === 'any' ? 'filter.matchAny' : 'filter.matchAll')}
          </label>
        ))}
        <p className="filter-hint">{t('filter.groupHint')}</p>
      </fieldset>

      <div className="filter-kinds" role="group" aria-labelledby="filter-kinds-label">
        <p id="filter-kinds-label" className="filter-kinds-label">
          {t('filter.kinds')}
        </p>
        <ul className="toggle-chips">
          {AREA_KINDS.map((kind) => (
            <li key={kind}>
              <button
                type="button"
                aria-pressed={filter.kinds.includes(kind)}
                onClick={() => toggleKind(kind)}
              >
                {t(`kind.${kind}`)}
              </button>
            </li>
          ))}
        </ul>
      </div>

      {groups.map(({ group, members }) => {
        const groupChosen = filter.groups.includes(group.id);
        const some = members.some((m) => filter.industries.includes(m.id));
        return (
          <fieldset key={group.id} className="filter-industry-group">
            <legend>
              <GroupCheckbox
                group={group}
                checked={groupChosen}
                indeterminate={!groupChosen && some}
                count={groupCounts[group.id] ?? 0}
              />
            </legend>
            <ul className="filter-industries">
              {members.map((industry) => {
                const descId = `filter-ind-count-${industry.id}`;
                const n = counts[industry.id] ?? 0;
                return (
                  <li key={industry.id}>
                    <label className={`filter-option${n === 0 ? ' filter-option-empty' : ''}`}>
                      <input
                        type="checkbox"
                        checked={groupChosen || filter.industries.includes(industry.id)}
                        aria-describedby={descId}
                        onChange={() => toggleIndustry(industry.id)}
                      />
                      <span className="filter-option-name">
                        {pickName(language, industry.zh, industry.en)[0]}
                      </span>
                      <span className="filter-count" aria-hidden="true">
                        {n}
                      </span>
                    </label>
                    <span id={descId} hidden>
                      {t(n === 1 ? 'filter.industryCountOne' : 'filter.industryCount', { n })}
                    </span>
                    {(fieldsByIndustry.get(industry.id) ?? []).length > 0 && (
                      <ul className="filter-fields">
                        {(fieldsByIndustry.get(industry.id) ?? []).map((field) => {
                          const k = fieldCounts[field.id] ?? 0;
                          return (
                            <li key={field.id}>
                              <label
                                className={`filter-option filter-field${k === 0 ? ' filter-option-empty' : ''}`}
                              >
                                <input
                                  type="checkbox"
                                  checked={filter.fields.includes(field.id)}
                                  onChange={() => toggleField(field.id)}
                                />
                                <span className="filter-option-name">
                                  {pickName(language, field.zh, field.en)[0]}
                                </span>
                                <span className="filter-count" aria-hidden="true">
                                  {k}
                                </span>
                              </label>
                            </li>
                          );
                        })}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}
    </div>
  );
}
