// RFC 4180 encoding: quoting rules, CRLF records, BOM, and a round trip through parseCsv.
import { describe, expect, it } from 'vitest';
import { encodeCsv, encodeCsvField, parseCsv } from './csv';

describe('encodeCsvField', () => {
  it.each([
    ['plain', 'plain'],
    ['中关村科学城', '中关村科学城'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rhere', '"cr\rhere"'],
    [' padded', '" padded"'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(encodeCsvField(input)).toBe(expected);
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+1', `"'+1+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
  ])('neutralises the formula %j (OWASP CSV injection)', (input, expected) => {
    expect(encodeCsvField(input)).toBe(expected);
    // read back, the cell is the text with a leading quote: a spreadsheet shows it, never runs it
    expect(parseCsv(encodeCsv(['a'], [[input]]))[1][0]).toBe(`'${input}`);
  });

  it('writes numbers as numbers, negative ones too', () => {
    expect(encodeCsvField(-1.5)).toBe('-1.5');
    expect(encodeCsvField('a-b=c')).toBe('a-b=c');
  });

  it('writes null and undefined as empty fields, numbers as they print', () => {
    expect([null, undefined, 12.5, 0].map(encodeCsvField)).toEqual(['', '', '12.5', '0']);
  });
});

describe('encodeCsv', () => {
  it('starts with a BOM and ends every record with CRLF', () => {
    expect(encodeCsv(['a', 'b'], [['1', '2']])).toBe('\uFEFFa,b\r\n1,2\r\n');
  });

  it('can leave the BOM out', () => {
    expect(encodeCsv(['a'], [['x']], { bom: false })).toBe('a\r\nx\r\n');
  });

  it('rejects a row whose width differs from the header', () => {
    expect(() => encodeCsv(['a', 'b'], [['only one']])).toThrow(/row 1/);
  });

  it('round-trips awkward text through parseCsv', () => {
    const rows = [
      ['七.(一)', '聚焦中关村科学城。', 'Focus on "ZGC", first'],
      ['', 'a\r\nb', 'x;y'],
    ];
    expect(parseCsv(encodeCsv(['section', 'zh', 'en'], rows))).toEqual([['section', 'zh', 'en'], ...rows]);
  });
});
