// Domain types of the atlas: the atlas.json data contract (the product brief's) and the content files that feed it.

import type { AreaKind } from './areaKinds';

export type { AreaKind };

/** How a place is drawn: an official boundary, an honest approximation, a point, or not at all. */
export type GeometryQuality = 'official' | 'approximate' | 'point' | 'none';

/** A section id in the plan's own numbering: chapter "七", subsection "七.(一)", or "preamble". */
export type SectionId = string;

export interface PlanSource {
  title: string;
  file: string;
  sha256: string;
}

export interface Section {
  id: SectionId;
  title_zh: string;
  title_en: string;
}

export interface Industry {
  id: string;
  zh: string;
  en: string;
  group: string;
}

/** One of the plan's own specific fields under a coarse industry (新型存储器 under 集成电路); `zh` is verbatim in the plan. */
export interface Field {
  id: string;
  zh: string;
  en: string;
  /** The industry id it sits under. */
  industry: string;
}

export interface IndustryGroup {
  id: string;
  zh: string;
  en: string;
}

export interface Task {
  section: SectionId;
  /** Verbatim sentence or clause of the plan (after the one normalisation of src/plan). */
  zh: string;
  /** Our English translation, shown as such. */
  en: string;
  /** Industry ids this sentence ties the area to (subset of the area's industries). */
  industries?: string[];
  /** Field ids the sentence names (each under one of the task's industries). */
  fields?: string[];
  /** "partial": the sentence is only partly about this place (a city-wide figure, another place's task …). */
  scope?: 'partial';
  /** Why the sentence is only partly about the place, in both languages (our note, not the plan's text). */
  scope_note_zh?: string;
  scope_note_en?: string;
}

/**
 * A city-wide sentence of the plan about one or more industries (the technology roadmaps of 四, the industries of 五,
 * the scenarios of 六, talent, opening and reform): what the plan says about an industry beyond the places it names.
 */
export interface Statement {
  section: SectionId;
  /** One whole sentence (or clause ending in ；) of the plan, verbatim. */
  zh: string;
  /** Our English translation, shown as such. */
  en: string;
  /** Industry ids the sentence names (each one is named in it). */
  industries: string[];
  /** Field ids under those industries that the sentence names; empty where the content has no fields. */
  fields: string[];
}

/** Search words people type for an industry, a place or a field, beyond its names (AI, 芯片, BDA, 亦庄 …). */
export interface Synonyms {
  industries: Record<string, { zh: string[]; en: string[] }>;
  areas: Record<string, { zh: string[]; en: string[] }>;
  fields?: Record<string, { zh: string[]; en: string[] }>;
}

export interface Area {
  id: string;
  name_zh: string;
  name_en: string;
  kind: AreaKind;
  parent: string | null;
  district: string | null;
  industries: string[];
  /** Field ids: the union of the tasks' fields (atlas.json always has it; older files may not). */
  fields?: string[];
  tasks: Task[];
  /** True where the plan assigns this place no work of its own; the panel says so. */
  plan_silent?: boolean;
  /** Other names people search for (北京亦庄, 中关村怀柔园 …); search only, never shown as the plan's wording. */
  aliases_zh?: string[];
  aliases_en?: string[];
  /** Our own English note on the place (what it is, how the plan names it, why it is silent); not the plan's text. */
  description_en?: string;
  /** The same note in Chinese (ours, not the plan's text): what the Chinese interface shows. */
  description_zh?: string;
  geometry: GeometryQuality;
  geometry_source: string;
  /** geometry_source in Chinese (src/content/geometry-sources-zh.json); atlas.json always has it. */
  geometry_source_zh?: string;
  area_km2: number | null;
  center: [number, number] | null;
}

export interface Link {
  id: string;
  from: string;
  to: string;
  kind: 'jjj' | 'national';
  section: SectionId;
  zh: string;
  en: string;
}

/** One sentence of the plan as a tour stop quotes it: verbatim, with its section and our translation. */
export interface TourQuote {
  section: SectionId;
  zh: string;
  en: string;
}

/** A stop of the guided tour (src/content/tour.json): what the camera frames and highlights, and the plan's words. */
export interface TourStop {
  id: string;
  title_zh: string;
  title_en: string;
  /** Areas the camera frames and the map highlights. */
  places: string[];
  /** The area whose panel "read more" opens; without it "read more" opens the reader at the first quote. */
  area?: string;
  quotes: TourQuote[];
}

export interface Indicator {
  id: string;
  zh: string;
  en: string;
  value: number;
  unit: string;
  comparator: 'about' | 'over' | 'at-least' | 'exactly' | 'below';
  section: SectionId;
  quote: string;
  /** True where `quote` is part of a sentence of the plan (the figure), not the whole sentence. */
  excerpt?: boolean;
  baseline?: {
    value: number;
    unit: string;
    year: number;
    section: SectionId;
    quote: string;
    excerpt?: boolean;
  };
  /** The words of the quote that state the value, when it is not written as a number (首位 for rank 1). */
  value_words?: string;
  /** English reading of `unit` ("trillion yuan"). */
  unit_en?: string;
  /** Related figures the plan gives that are not a comparable baseline (no year, a five-year sum …), each with why. */
  context?: IndicatorContext[];
}

/** A figure of the plan that helps read an indicator but is not a baseline; `en` says what it is and why it differs. */
export interface IndicatorContext {
  section: SectionId;
  quote: string;
  excerpt?: boolean;
  en: string;
  /** The same note in Chinese (ours, not the plan's text). */
  zh?: string;
}

/** A goal of 二.(三) stated in words (kind "goal"), or where the plan says Beijing stood in 一.(二) (kind "status"). */
export interface Goal {
  id: string;
  kind: 'goal' | 'status';
  section: SectionId;
  /** The plan's sentence, verbatim. */
  zh: string;
  /** Our translation. */
  en: string;
}

/**
 * An area as written in src/content/areas/*.json. The build computes geometry, geometry_source, area_km2 and center
 * from geodata; `geometry` here is an optional expectation the data check holds the geodata to, and `center` is the
 * fallback point for a place with no geodata feature.
 */
export interface ContentArea extends Omit<
  Area,
  'geometry' | 'geometry_source' | 'geometry_source_zh' | 'area_km2' | 'center'
> {
  geometry?: GeometryQuality;
  geometry_source?: string;
  center?: [number, number] | null;
}

export interface Atlas {
  version: 1;
  source: PlanSource;
  sections: Section[];
  industry_groups: IndustryGroup[];
  industries: Industry[];
  /** The plan's specific fields under the industries (atlas.json always has it; older files may not). */
  fields?: Field[];
  areas: Area[];
  links: Link[];
  indicators: Indicator[];
  /** City-wide plan sentences by industry (data/atlas.json always has the list; older fixtures may not). */
  statements?: Statement[];
  /** The guided tour's stops, in order (the build always writes it; older files may lack it). */
  tour?: TourStop[];
  /** The goals in words and the stated status (atlas.json always has it; older files may not). */
  goals?: Goal[];
}
