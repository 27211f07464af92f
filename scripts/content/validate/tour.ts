// tour.json: the guided tour's stops, in order. Each stop names known areas to frame and highlight, optionally the
// area "read more" opens, and one or more of the plan's sentences, verbatim in the section given, with a translation.
import {
  checkIdList,
  checkQuote,
  checkStrings,
  isNonEmptyString,
  isRecord,
  type CheckContext,
  type Json,
} from './shared';

/** A tour longer than this is no longer a tour. */
export const MAX_TOUR_STOPS = 12;

export function validateTour(
  ctx: CheckContext,
  tour: unknown,
  file: string,
  areaById: ReadonlyMap<string, Json>,
): void {
  checkIdList(tour, file, ctx.issues, { arrayOf: 'tour stops', noun: 'tour stop' }, (stop) => {
    const at = (field: string, message: string): void => {
      ctx.issues.push({ file, feature: stop.id, field, message });
    };
    checkStrings(stop, ['title_zh', 'title_en'], at);
    const places: unknown = stop.places;
    if (!Array.isArray(places) || places.length === 0) {
      at('places', 'a stop names at least one area to show');
    } else {
      places.forEach((place: unknown, i) => {
        if (typeof place !== 'string' || !areaById.has(place))
          at(`places[${i}]`, `unknown area ${JSON.stringify(place)}`);
        else if (places.indexOf(place) !== i) at(`places[${i}]`, `${place} is named twice`);
      });
    }
    if (stop.area !== undefined && (typeof stop.area !== 'string' || !areaById.has(stop.area)))
      at('area', `unknown area ${JSON.stringify(stop.area)}`);
    if (!Array.isArray(stop.quotes) || stop.quotes.length === 0) {
      at('quotes', "a stop quotes at least one of the plan's sentences");
      return;
    }
    stop.quotes.forEach((quote, i) => {
      if (!isRecord(quote)) {
        at(`quotes[${i}]`, 'must be an object { section, zh, en }');
        return;
      }
      checkQuote(
        ctx,
        { file, feature: stop.id, sectionField: `quotes[${i}].section`, quoteField: `quotes[${i}].zh` },
        quote.section,
        quote.zh,
      );
      if (!isNonEmptyString(quote.en)) at(`quotes[${i}].en`, 'missing English translation');
    });
  });
  if (Array.isArray(tour) && tour.length > MAX_TOUR_STOPS)
    ctx.issues.push({ file, message: `${tour.length} stops: a tour has at most ${MAX_TOUR_STOPS}` });
}
