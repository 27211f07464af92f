// RFC 4180 CSV encoder (pure): used for atlas.csv at build time and by the in-app export.

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Prefix a UTF-8 byte-order mark so spreadsheet programs read Chinese text as UTF-8 (default true). */
  bom?: boolean;
}

/** Text a spreadsheet would evaluate as a formula: starting with =, +, -, @, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field: quoted when it holds a comma, a double quote, CR or LF (or leading/trailing space); quotes doubled.
 * Text that a spreadsheet would run as a formula is neutralised as OWASP advises (CSV injection): a leading `'` makes
 * it plain text, and the field is quoted. Numbers are written as numbers (-1.5 stays a number).
 */
export function encodeCsvField(cell: CsvCell): string {
  const raw = cell === null || cell === undefined ? '' : String(cell);
  const formula = typeof cell === 'string' && FORMULA_START.test(raw);
  const text = formula ? `'${raw}` : raw;
  return formula || /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: header row then rows, CRLF after every record (RFC 4180), optional BOM. */
export function encodeCsv(
  header: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<CsvCell>>,
  options: CsvOptions = {},
): string {
  const width = header.length;
  const lines = [header, ...rows].map((row, i) => {
    if (row.length !== width) throw new Error(`CSV row ${i} has ${row.length} fields, header has ${width}`);
    return row.map(encodeCsvField).join(',');
  });
  return (options.bom === false ? '' : '\uFEFF') + lines.map((l) => `${l}\r\n`).join('');
}

/** Parse RFC 4180 text back into rows (strips a BOM): the inverse of encodeCsv, used by tests and import checks. */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && src[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
