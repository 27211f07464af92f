// "Save image": draws the map once more and copies its canvas during that render (the WebGL drawing buffer is valid
// then, so the map needs no preserveDrawingBuffer), composes the picture (src/map/picture.ts) with the page's font
// and downloads it as a PNG through an object URL. Loaded on demand by the button.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasStore } from '../store/atlasStore';
import { translate } from '../i18n/i18n';
import { legendEntries } from '../ui/legend';
import { base, ui } from '../data/palette';
import { drawPicture, layoutPicture, pictureFileName, type PictureInput } from './picture';

/** A copy of the map's canvas, taken while MapLibre renders a frame. */
export function captureMapCanvas(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve, reject) => {
    map.once('render', () => {
      try {
        const source = map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = source.width;
        copy.height = source.height;
        copy.getContext('2d')!.drawImage(source, 0, 0);
        resolve(copy);
      } catch (error) {
        reject(error);
      }
    });
    map.triggerRepaint();
  });
}

/** What the picture says about the map: the selected area, or the filter's industries, or nothing. */
function subtitleOf(store: AtlasStore): string {
  const { selectedId, filter, language, index } = store.getState();
  const area = selectedId ? index.atlas.areas.find((a) => a.id === selectedId) : undefined;
  if (area) return language === 'zh' ? area.name_zh : `${area.name_en} · ${area.name_zh}`;
  const name = (x: { zh: string; en: string }) => (language === 'zh' ? x.zh : x.en);
  const names = [
    ...filter.groups.flatMap((id) => index.atlas.industry_groups.filter((g) => g.id === id)).map(name),
    ...filter.industries.flatMap((id) => index.atlas.industries.filter((i) => i.id === id)).map(name),
  ];
  return names.length > 0
    ? translate(language, 'picture.filter', { industries: names.join(language === 'zh' ? '、' : ', ') })
    : '';
}

/**
 * The ids of what the picture shows, for its file name: the selected area or link, or the filter's groups,
 * industries, fields and area kinds, or the view when it is not Beijing's.
 */
export function pictureSubject(store: AtlasStore): string[] {
  const { selectedId, selectedLinkId, filter, view } = store.getState();
  if (selectedId) return [selectedId];
  if (selectedLinkId) return [selectedLinkId];
  const shown = [...filter.groups, ...filter.industries, ...filter.fields, ...filter.kinds];
  return shown.length > 0 || view === 'beijing' ? shown : [view];
}

export function pictureInput(map: MapLibreMap, store: AtlasStore, date: Date): PictureInput {
  const { language, visibleLayers, index, view } = store.getState();
  const container = map.getContainer();
  const scaleEl = container.querySelector<HTMLElement>('.maplibregl-ctrl-scale');
  const sources =
    container.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent?.trim() ||
    translate(language, 'attribution.sources');
  // the national and regional views' boundaries are generalised: the picture says so as the map does
  const attribution =
    view === 'beijing'
      ? sources
      : `${translate(language, 'map.schematic')}${language === 'zh' ? '。' : '. '}${sources}`;
  const dateText = new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'long' }).format(
    date,
  );
  const canvas = map.getCanvas();
  return {
    mapWidth: canvas.clientWidth,
    mapHeight: canvas.clientHeight,
    title: language === 'zh' ? index.atlas.source.title : translate(language, 'app.subtitle'),
    subtitle: subtitleOf(store),
    date: translate(language, 'picture.date', { date: dateText }),
    attribution,
    legendTitle: translate(language, 'legend.title'),
    legend: legendEntries(index.atlas, language, visibleLayers),
    scale: scaleEl ? { width: scaleEl.offsetWidth, label: scaleEl.textContent?.trim() ?? '' } : null,
  };
}

/** Composes the picture of the current view onto a new canvas at the screen's pixel ratio. */
export async function renderPicture(
  map: MapLibreMap,
  store: AtlasStore,
  date = new Date(),
): Promise<HTMLCanvasElement> {
  const mapImage = await captureMapCanvas(map);
  const fontFamily = getComputedStyle(document.body).fontFamily || 'sans-serif';
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  const measure = (text: string, size: number, bold = false) => {
    ctx.font = `${bold ? '700 ' : ''}${size}px ${fontFamily}`;
    return ctx.measureText(text).width;
  };
  const input = pictureInput(map, store, date);
  const layout = layoutPicture(input, measure);
  // the map canvas already holds device pixels: use its ratio, so the map is copied one to one
  const dpr = input.mapWidth > 0 ? mapImage.width / input.mapWidth : window.devicePixelRatio || 1;
  canvas.width = Math.round(layout.width * dpr);
  canvas.height = Math.round(layout.height * dpr);
  drawPicture(ctx, layout, mapImage, dpr, fontFamily, {
    paper: ui.surface,
    text: ui.text,
    muted: ui.textMuted,
    border: ui.border,
    ink: base.outline,
  });
  return canvas;
}

/** Renders the picture and downloads it as a PNG. */
export async function savePicture(map: MapLibreMap, store: AtlasStore, date = new Date()): Promise<void> {
  const canvas = await renderPicture(map, store, date);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = pictureFileName(date, pictureSubject(store));
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
