// What the plan says about one industry: the places it puts the industry in (with the sentences that tie each place
// to it) and its city-wide sentences (atlas.statements), with the fields those sentences name.
import type { Area, Atlas, Statement, Task } from './types';

export interface IndustryPlace {
  area: Area;
  /** The area's sentences tagged with the industry (may be empty: the area lists the industry as a focus only). */
  tasks: Task[];
}

export interface IndustryProfile {
  places: IndustryPlace[];
  statements: Statement[];
  /** Field ids named by the statements, in first-seen order. */
  fields: string[];
}

export function industryProfile(
  atlas: Pick<Atlas, 'areas' | 'statements'>,
  industryId: string,
): IndustryProfile {
  const places = atlas.areas
    .filter((a) => a.industries.includes(industryId))
    .map((area) => ({ area, tasks: area.tasks.filter((t) => t.industries?.includes(industryId)) }))
    // places with the most sentences about the industry first
    .sort((a, b) => b.tasks.length - a.tasks.length);
  const statements = (atlas.statements ?? []).filter((s) => s.industries.includes(industryId));
  const fields = [...new Set(statements.flatMap((s) => s.fields))];
  return { places, statements, fields };
}
