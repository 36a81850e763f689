import { describe, expect, it } from 'vitest';
import { blankAppRecord, formValuesOf, linesOf, normaliseAppForm } from '@/lib/catalog/app-form';
import { diffValues } from '@/lib/catalog/diff';
import { cleanPrice, emptyPrice, parseFieldInput, PRICE_FIELDS } from '@/lib/catalog/price-fields';
import { appRecordSchema } from '@/lib/catalog/schemas';
import { loadSeed } from '@/db/seed';

describe('normaliseAppForm', () => {
  it('round-trips every seeded record unchanged: opening and saving an app changes nothing', () => {
    for (const record of loadSeed().apps) {
      const parsed = appRecordSchema.safeParse(normaliseAppForm(formValuesOf(record)));
      expect(parsed.success, record.slug).toBe(true);
      expect(diffValues(record, parsed.data), record.slug).toEqual([]);
    }
  });

  it('drops blank lines, turns empty nullable lists and texts into null, and ranks plans by their order', () => {
    const values = {
      ...blankAppRecord('2026-11-29'),
      limitations: ['  First ', '', 'Second'],
      sso: { protocols: [''], requiredForScim: null },
      scim: { version: '', operations: [], attributes: [], tokenSource: '  ', docsUrl: '' },
      plans: [
        { name: 'B', rank: 7, hosting: 'cloud', sso: null, scim: null, price: null, note: '' },
        { name: 'A', rank: 3, hosting: 'cloud', sso: null, scim: null, price: null, note: 'kept' },
      ],
    };
    const result = normaliseAppForm(values) as Record<string, unknown>;
    expect(result.limitations).toEqual(['First', 'Second']);
    expect(result.sso).toEqual({ protocols: null, requiredForScim: null });
    expect(result.scim).toEqual({ version: null, operations: [], attributes: null, tokenSource: null, docsUrl: null });
    expect(result.plans).toEqual([
      { name: 'B', rank: 0, hosting: 'cloud', sso: null, scim: null, price: null },
      { name: 'A', rank: 1, hosting: 'cloud', sso: null, scim: null, price: null, note: 'kept' },
    ]);
  });

  it('lets the schema name a missing category in a blank record', () => {
    const parsed = appRecordSchema.safeParse(normaliseAppForm(blankAppRecord('2026-11-29')));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(expect.arrayContaining(['slug', 'name', 'vendor', 'category', 'website']));
  });
});

describe('price fields', () => {
  it('keeps only the keys of the chosen model, so a model switch never leaves stray figures', () => {
    expect(cleanPrice({ model: 'flat', currency: 'USD', monthlyPerSeat: 5, monthlyFlat: 100, annualFlat: null, note: '' })).toEqual({ model: 'flat', currency: 'USD', monthlyFlat: 100 });
  });

  it('starts a model with its required figures empty and keeps currency and note', () => {
    expect(emptyPrice('base_plus_seats', { model: 'per_seat', currency: 'EUR', note: 'n' })).toEqual({
      model: 'base_plus_seats',
      currency: 'EUR',
      note: 'n',
      monthlyBase: null,
      includedSeats: undefined,
      monthlyPerExtraSeat: null,
    });
  });

  it('reads number inputs: empty is not stated (or absent), text stays invalid for the schema to name', () => {
    const [monthly, annual, minSeats] = PRICE_FIELDS.per_seat;
    if (!monthly || !annual || !minSeats) throw new Error('fixture changed');
    expect(parseFieldInput(monthly, '')).toBeNull();
    expect(parseFieldInput(minSeats, '')).toBeUndefined();
    expect(parseFieldInput(annual, '12.5')).toBe(12.5);
    expect(Number.isNaN(parseFieldInput(annual, 'abc'))).toBe(true);
  });

  it('every model with its required figures filled passes the schema', () => {
    for (const [model, fields] of Object.entries(PRICE_FIELDS)) {
      const price = emptyPrice(model as keyof typeof PRICE_FIELDS);
      for (const field of fields) price[field.key] = field.kind === 'seats' ? 5 : 10;
      const plan = { name: 'P', rank: 0, hosting: 'cloud', sso: null, scim: null, price: cleanPrice(price) };
      expect(appRecordSchema.shape.plans.element.safeParse(plan).success, model).toBe(true);
    }
  });
});

describe('linesOf', () => {
  it('splits text and trims', () => {
    expect(linesOf('a\n\n b \n')).toEqual(['a', 'b']);
    expect(linesOf(null)).toEqual([]);
  });
});
