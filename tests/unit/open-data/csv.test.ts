import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from '@/lib/open-data/csv';

const fields = (text: string) => parseCsv(text).map((record) => record.fields);

describe('parseCsv', () => {
  it.each([
    ['plain fields', 'a,b,c\n1,2,3\n', [['a', 'b', 'c'], ['1', '2', '3']]],
    ['no final line break', 'a,b\n1,2', [['a', 'b'], ['1', '2']]],
    ['empty fields in every position', ',x,\n,,', [['', 'x', ''], ['', '', '']]],
    ['a comma inside quotes', '"HR, Payroll & Recruiting",x', [['HR, Payroll & Recruiting', 'x']]],
    ['doubled quotes inside quotes', '"say ""no"" twice",x', [['say "no" twice', 'x']]],
    ['a field that is only a doubled quote', '"""",x', [['"', 'x']]],
    ['an empty quoted field', '"",x', [['', 'x']]],
    ['LF inside quotes', '"line 1\nline 2",x\ny,z', [['line 1\nline 2', 'x'], ['y', 'z']]],
    ['CRLF inside quotes kept as written', '"a\r\nb",c\r\nd,e\r\n', [['a\r\nb', 'c'], ['d', 'e']]],
    ['CRLF record ends', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['bare CR record ends', 'a,b\r1,2\r', [['a', 'b'], ['1', '2']]],
    ['blank lines are skipped', 'a\n\n\nb\n\n', [['a'], ['b']]],
    ['a line holding one empty quoted field is a record', 'a\n""\nb', [['a'], [''], ['b']]],
    ['a byte-order mark is dropped', '\uFEFFvendor,slug\n', [['vendor', 'slug']]],
    ['non-ASCII text stays as-is', '—,€9.99,ü\n', [['—', '€9.99', 'ü']]],
    ['spaces are data', ' a , b ', [[' a ', ' b ']]],
    ['nothing at all', '', []],
  ])('reads %s', (_label, text, expected) => {
    expect(fields(text)).toEqual(expected);
  });

  it('reports the line each record starts on, counting line breaks inside quotes', () => {
    const records = parseCsv('h1,h2\n"two\nlines",x\nlast,y\n');
    expect(records.map((record) => record.line)).toEqual([1, 2, 4]);
  });

  it.each([
    ['a quote inside an unquoted field', 'ab"c,d', 1, 3],
    ['text after a closing quote', '"ab"c,d', 1, 5],
    ['a space after a closing quote', 'x\n"ab" ,d', 2, 5],
    ['a quote never closed', 'a,b\nc,"open\nstill open', 2, 3],
  ])('rejects %s with its position', (_label, text, line, column) => {
    let thrown: unknown;
    try {
      parseCsv(text);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CsvSyntaxError);
    expect(thrown).toMatchObject({ line, column });
  });

  it('round-trips fields written with minimal quoting', () => {
    const rows = [
      ['plain', 'with, comma', 'with "quote"', 'multi\nline', '', '—'],
      ['x', '"', ',', '\r\n', 'end', 'ok'],
    ];
    const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
    const text = rows.map((row) => row.map(quote).join(',')).join('\n') + '\n';
    expect(fields(text)).toEqual(rows);
  });

  it('round-trips any table of strings (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', '—', 'é') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 }), (rows) => {
        // A lone empty unquoted field would be a blank line, so such a row is written quoted.
        const quote = (value: string, row: string[]) =>
          /[",\r\n]/.test(value) || (row.length === 1 && value === '') ? `"${value.replaceAll('"', '""')}"` : value;
        const text = rows.map((row) => row.map((value) => quote(value, row)).join(',')).join('\r\n');
        expect(fields(text)).toEqual(rows);
      }),
    );
  });

  it.each([
    ['data-2026-04.csv', 287, 7],
    ['sample-2026-10.csv', 35, 35],
  ])('reads the fixture %s: every record has the header width', (file, records, width) => {
    const text = readFileSync(resolve(__dirname, '../../../db/seed/open-data', file), 'utf8');
    const parsed = parseCsv(text);
    expect(parsed).toHaveLength(records);
    expect(parsed.every((record) => record.fields.length === width)).toBe(true);
  });
});
