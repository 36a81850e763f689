import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogToCsv } from '@/lib/catalog/export';
import { csvCell, toCsv } from '@/lib/csv';
import { parseCsv } from '@/lib/open-data/csv';
import { seedApp } from '../support/seed-fixtures';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("https://evil.example","x")', `"'=HYPERLINK(""https://evil.example"",""x"")"`],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['a=b', 'a=b'],
  ])('writes %j as %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes numbers and booleans as they are, negative ones included, and nothing for null', () => {
    expect([csvCell(-5), csvCell(1.5), csvCell(true), csvCell(null), csvCell(undefined)]).toEqual(['-5', '1.5', 'true', '', '']);
  });

  it('reads back as the same text, with an apostrophe before text a spreadsheet would run', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 20 }), { minLength: 1, maxLength: 5 }), (cells) => {
        // A first column that is never empty: a line of one empty cell is a blank line, which readers skip.
        const [header, row] = parseCsv(toCsv(['id', ...cells.map((_, index) => `c${index}`)], [['r1', ...cells]])).map((record) => record.fields);
        expect(header).toHaveLength(cells.length + 1);
        // A lone "\r" line ending is a record break to the reader; compare what survives, not the separator.
        fc.pre(!cells.some((cell) => cell.includes('\r')));
        expect(row).toEqual(['r1', ...cells.map((cell) => (/^[=+\-@\t]/.test(cell) ? `'${cell}` : cell))]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('catalogToCsv', () => {
  it('neutralises a formula in a name or plan, and keeps figures as numbers', () => {
    const app = { ...seedApp('metabase'), name: '=HYPERLINK("https://evil.example","Metabase")' };
    const [header, first] = parseCsv(catalogToCsv([app])).map((record) => record.fields);
    expect(first?.[header?.indexOf('name') ?? -1]).toBe('\'=HYPERLINK("https://evil.example","Metabase")');
    expect(first?.[header?.indexOf('plan') ?? -1]).toBe('Open Source');
  });
});
