// The saved picture of the map: a title band (plan title, what is shown, date), the map as drawn, the legend of the
// visible layers in a band under it (covering none of the map), and a footer with the scale bar and the attribution.
// `layoutPicture` is pure (text is measured through a callback); `drawPicture` paints a layout onto a 2D canvas.
import type { LegendSwatchStyle } from '../ui/legend';
import { localIsoDate } from '../i18n/localDate';

export interface PictureLegendEntry {
  label: string;
  swatch: LegendSwatchStyle;
  colour: string;
}

export interface PictureInput {
  /** The map's size in CSS pixels. */
  mapWidth: number;
  mapHeight: number;
  title: string;
  subtitle: string;
  date: string;
  attribution: string;
  legendTitle: string;
  legend: readonly PictureLegendEntry[];
  /** The scale bar as MapLibre draws it: its length in CSS pixels and its label ("5 km"); null without one. */
  scale: { width: number; label: string } | null;
}

/** Width of `text` in CSS pixels at `size` px (bold when asked). */
export type MeasureText = (text: string, size: number, bold?: boolean) => number;

export interface TextLine {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  bold?: boolean;
  align?: 'left' | 'right';
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PictureLayout {
  width: number;
  height: number;
  map: Rect;
  header: Rect;
  footer: Rect;
  text: TextLine[];
  legendBox: Rect | null;
  swatches: (Rect & { swatch: LegendSwatchStyle; colour: string })[];
  scaleBar: (Rect & { label: TextLine }) | null;
}

export const PICTURE = {
  pad: 14,
  titleSize: 18,
  /** A picture narrower than this (a phone's map) sets its title at narrowTitleSize. */
  narrowWidth: 480,
  narrowTitleSize: 15,
  subtitleSize: 15,
  smallSize: 12,
  legendSize: 12.5,
  legendRow: 19,
  swatchWidth: 26,
  swatchHeight: 14,
  lineGap: 1.35,
} as const;

/** Breaks `text` into lines no wider than `maxWidth` (at spaces, or between CJK characters), measured as drawn. */
export function wrapText(
  text: string,
  maxWidth: number,
  size: number,
  measure: MeasureText,
  bold = false,
): string[] {
  const tokens = text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line + token;
    if (line && measure(next.trimEnd(), size, bold) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

export function layoutPicture(input: PictureInput, measure: MeasureText): PictureLayout {
  const P = PICTURE;
  const width = Math.round(input.mapWidth);
  const inner = width - 2 * P.pad;
  const text: TextLine[] = [];

  // header: the title with the date on the right of its first line, then the subtitle. A narrow picture (a phone's)
  // sets the title smaller; a title that beside the date would take more than two lines gets the whole width, with
  // the date under it.
  const titleSize = width < P.narrowWidth ? P.narrowTitleSize : P.titleSize;
  const dateWidth = measure(input.date, P.smallSize);
  let titleLines = wrapText(input.title, inner - dateWidth - P.pad, titleSize, measure, true);
  const dateBelow = titleLines.length > 2;
  if (dateBelow) titleLines = wrapText(input.title, inner, titleSize, measure, true);
  let y = P.pad;
  titleLines.forEach((line, i) => {
    y += titleSize * (i === 0 ? 1 : P.lineGap);
    text.push({ text: line, x: P.pad, y, size: titleSize, bold: true });
  });
  if (dateBelow) {
    y += P.smallSize * P.lineGap + 2;
    text.push({ text: input.date, x: P.pad, y, size: P.smallSize });
  } else
    text.push({
      text: input.date,
      x: width - P.pad,
      y: P.pad + titleSize,
      size: P.smallSize,
      align: 'right',
    });
  for (const line of input.subtitle ? wrapText(input.subtitle, inner, P.subtitleSize, measure) : []) {
    y += P.subtitleSize * P.lineGap + 2;
    text.push({ text: line, x: P.pad, y, size: P.subtitleSize });
  }
  const header: Rect = { x: 0, y: 0, width, height: Math.ceil(y + P.pad - 4) };
  const map: Rect = { x: 0, y: header.height, width, height: Math.round(input.mapHeight) };

  // legend: a band under the map, its entries in as many columns (filled top to bottom) as the width holds
  let legendBox: Rect | null = null;
  const swatches: PictureLayout['swatches'] = [];
  if (input.legend.length > 0) {
    const columnGap = 18;
    const entryWidth = Math.max(
      ...input.legend.map((e) => P.swatchWidth + 8 + measure(e.label, P.legendSize)),
    );
    const columns = Math.max(
      1,
      Math.min(input.legend.length, Math.floor((inner + columnGap) / (entryWidth + columnGap))),
    );
    const rows = Math.ceil(input.legend.length / columns);
    const columnWidth = (inner + columnGap) / columns;
    legendBox = {
      x: 0,
      y: map.y + map.height,
      width,
      height: Math.ceil(P.pad / 2 + P.legendRow * (rows + 1)),
    };
    const top = legendBox.y + P.pad / 2 + P.legendRow / 2;
    text.push({
      text: input.legendTitle,
      x: P.pad,
      y: top + P.legendSize * 0.35,
      size: P.legendSize,
      bold: true,
    });
    input.legend.forEach((entry, i) => {
      const x = P.pad + Math.floor(i / rows) * columnWidth;
      const ly = top + P.legendRow * (1 + (i % rows));
      swatches.push({
        x,
        y: ly - P.swatchHeight / 2,
        width: P.swatchWidth,
        height: P.swatchHeight,
        swatch: entry.swatch,
        colour: entry.colour,
      });
      text.push({
        text: entry.label,
        x: x + P.swatchWidth + 8,
        y: ly + P.legendSize * 0.35,
        size: P.legendSize,
      });
    });
  }

  // footer: the scale bar on the left, the attribution wrapped to the right of it
  const footerTop = legendBox ? legendBox.y + legendBox.height : map.y + map.height;
  let fy = footerTop + P.pad;
  let scaleBar: PictureLayout['scaleBar'] = null;
  let attributionLeft = P.pad;
  if (input.scale && input.scale.width > 0) {
    const w = Math.min(input.scale.width, inner / 3);
    scaleBar = {
      x: P.pad,
      y: fy,
      width: w,
      height: 8,
      label: { text: input.scale.label, x: P.pad, y: fy + 8 + P.smallSize + 2, size: P.smallSize },
    };
    attributionLeft = P.pad + Math.max(w, measure(input.scale.label, P.smallSize)) + 2 * P.pad;
  }
  const attributionLines = wrapText(input.attribution, width - P.pad - attributionLeft, P.smallSize, measure);
  attributionLines.forEach((line, i) => {
    text.push({
      text: line,
      x: attributionLeft,
      y: fy + P.smallSize + i * P.smallSize * P.lineGap,
      size: P.smallSize,
    });
  });
  fy += Math.max(
    scaleBar ? 8 + P.smallSize + 4 : 0,
    P.smallSize * (1 + (attributionLines.length - 1) * P.lineGap) + 4,
  );
  const footer: Rect = { x: 0, y: footerTop, width, height: Math.ceil(fy + P.pad - 4 - footerTop) };
  return {
    width,
    height: footer.y + footer.height,
    map,
    header,
    footer,
    text,
    legendBox,
    swatches,
    scaleBar,
  };
}

export interface PictureColours {
  paper: string;
  text: string;
  muted: string;
  border: string;
  ink: string;
}

function drawSwatch(ctx: CanvasRenderingContext2D, s: PictureLayout['swatches'][number]): void {
  ctx.save();
  ctx.fillStyle = s.colour;
  ctx.strokeStyle = s.colour;
  ctx.lineWidth = 2;
  const { x, y, width: w, height: h } = s;
  if (s.swatch === 'fill') ctx.fillRect(x + 1, y + 1, w - 2, h - 2);
  else if (s.swatch === 'dot') {
    ctx.beginPath();
    ctx.arc(x + h / 2, y + h / 2, h / 2 - 2, 0, 2 * Math.PI);
    ctx.fill();
  } else if (s.swatch === 'solid' || s.swatch === 'dashed') {
    if (s.swatch === 'dashed') ctx.setLineDash([5, 3]);
    ctx.strokeRect(x + 1.5, y + 1.5, w - 3, h - 3);
  } else {
    ctx.globalAlpha = 0.3;
    ctx.fillRect(x + 1, y + 1, w - 2, h - 2);
    ctx.globalAlpha = 1;
    ctx.beginPath();
    ctx.moveTo(x + 2, y + h - 2);
    ctx.quadraticCurveTo(x + w / 2, y - 4, x + w - 2, y + h - 2);
    ctx.stroke();
  }
  ctx.restore();
}

/** Paints `layout` with the map image `mapImage` (drawn to fill layout.map) at `dpr` device pixels per CSS pixel. */
export function drawPicture(
  ctx: CanvasRenderingContext2D,
  layout: PictureLayout,
  mapImage: CanvasImageSource,
  dpr: number,
  fontFamily: string,
  colours: PictureColours,
): void {
  ctx.save();
  ctx.scale(dpr, dpr);
  ctx.fillStyle = colours.paper;
  ctx.fillRect(0, 0, layout.width, layout.height);
  const m = layout.map;
  ctx.drawImage(mapImage, m.x, m.y, m.width, m.height);
  ctx.strokeStyle = colours.border;
  ctx.lineWidth = 1;
  ctx.strokeRect(m.x + 0.5, m.y + 0.5, m.width - 1, m.height - 1);
  for (const s of layout.swatches) drawSwatch(ctx, s);
  if (layout.scaleBar) {
    const s = layout.scaleBar;
    ctx.strokeStyle = colours.ink;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.moveTo(s.x, s.y);
    ctx.lineTo(s.x, s.y + s.height);
    ctx.lineTo(s.x + s.width, s.y + s.height);
    ctx.lineTo(s.x + s.width, s.y);
    ctx.stroke();
  }
  const lines = layout.scaleBar ? [...layout.text, layout.scaleBar.label] : layout.text;
  for (const line of lines) {
    ctx.font = `${line.bold ? '700 ' : ''}${line.size}px ${fontFamily}`;
    ctx.fillStyle =
      line.y > layout.footer.y || line.size === PICTURE.smallSize ? colours.muted : colours.text;
    ctx.textAlign = line.align ?? 'left';
    ctx.textBaseline = 'alphabetic';
    ctx.fillText(line.text, line.x, line.y);
  }
  ctx.restore();
}

/** How many of the ids that say what a picture shows go into its file name. */
const NAMED_IN_FILE = 3;

/**
 * File name of a picture made at `date` (local day and minute), of what it shows (`subject`: the selected area's id or
 * the filter's ids): beijing-innovation-atlas-2026-01-15-1432-zgc-science-city.png. Pictures of different subjects, or
 * made a minute apart, get different names (two of one subject in the same minute may still meet as "(1)").
 */
export function pictureFileName(date: Date, subject: readonly string[] = []): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const slug = subject
    .slice(0, NAMED_IN_FILE)
    .map((id) =>
      id
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, ''),
    )
    .filter(Boolean);
  const parts = [localIsoDate(date), `${pad(date.getHours())}${pad(date.getMinutes())}`, ...slug];
  if (subject.length > NAMED_IN_FILE) parts.push(`and-${subject.length - NAMED_IN_FILE}-more`);
  return `beijing-innovation-atlas-${parts.join('-')}.png`;
}
