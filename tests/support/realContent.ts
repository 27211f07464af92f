// Test support: the atlas and the plan document exactly as build:data writes them (atlas.json, plan.json), built from
// the real content, geodata and plan in the repository (JSON round trip, as the browser reads them).
import { readContent } from '../../scripts/lib/readContent';
import { buildAtlasFromContent, planSourceOf } from '../../scripts/lib/buildAtlas';
import { toPlanDoc } from '../../scripts/plan/planDoc';
import type { Atlas } from '../../src/data/types';
import type { PlanDoc } from '../../src/plan';

/** Tests run from the repository root (as the fixture readers assume). */
const ROOT = process.cwd();
let built: { atlas: string; doc: string } | null = null;

function build(): { atlas: string; doc: string } {
  if (built) return built;
  const content = readContent(ROOT);
  const doc = toPlanDoc(
    content.plan,
    content.sectionsEn.sections,
    planSourceOf(content),
    content.sectionsEn.title,
  );
  built = { atlas: JSON.stringify(buildAtlasFromContent(content)), doc: JSON.stringify(doc) };
  return built;
}

/** A fresh copy of the real atlas.json. */
export const realAtlas = (): Atlas => JSON.parse(build().atlas) as Atlas;
/** A fresh copy of the real plan.json. */
export const realPlanDoc = (): PlanDoc => JSON.parse(build().doc) as PlanDoc;
