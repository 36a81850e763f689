import { describe, expect, it } from 'vitest';
import { priceSchema } from '@/lib/catalog/schemas';
import { parsePriceText, type PriceTextOptions } from '@/lib/open-data/price-text';

const index: PriceTextOptions = { defaultBasis: 'annual', isDefaultBasisDocumented: true, sourceLabel: 'SCIM Tax Index 2026-10' };
const april: PriceTextOptions = { defaultBasis: 'annual', isDefaultBasisDocumented: false, sourceLabel: 'SCIM Tax Index 2026-04' };
const ssoTax: PriceTextOptions = { defaultBasis: 'monthly', isDefaultBasisDocumented: false, sourceLabel: 'sso.tax' };

const priceOf = (text: string, options = index) => {
  const price = parsePriceText(text, options)?.price ?? null;
  return price && { ...price, note: undefined };
};

describe('parsePriceText: prices read with certainty', () => {
  it.each([
    // Index figures are per user per month at annual billing: × 12 into annualPerSeat, no monthly figure.
    ['$7.99/u/mo', { model: 'per_seat', currency: 'USD', monthlyPerSeat: null, annualPerSeat: 95.88 }],
    ['Business: $8.99/u/mo (annual)', { model: 'per_seat', currency: 'USD', monthlyPerSeat: null, annualPerSeat: 107.88 }],
    ['Team: $20/user/mo (annual)', { model: 'per_seat', currency: 'USD', monthlyPerSeat: null, annualPerSeat: 240 }],
    ['Acrobat Standard for teams: US$16.99/license/mo (annual, billed monthly)', { model: 'per_seat', currency: 'USD', monthlyPerSeat: null, annualPerSeat: 203.88 }],
    ['Team: $10/member/mo billed annually ($12 monthly)', { model: 'per_seat', currency: 'USD', monthlyPerSeat: 12, annualPerSeat: 120 }],
    ['Essentials: $30/license/mo billed annually (3-license minimum)', { model: 'per_seat', currency: 'USD', monthlyPerSeat: null, annualPerSeat: 360, minSeats: 3 }],
    ['Professional: $149/tech/mo', { model: 'per_seat', currency: 'USD', monthlyPerSeat: null, annualPerSeat: 1788 }],
    ['$49/agent/mo', { model: 'per_seat', currency: 'USD', monthlyPerSeat: null, annualPerSeat: 588 }],
    ['Teams: $399/user/yr', { model: 'per_seat', currency: 'USD', monthlyPerSeat: null, annualPerSeat: 399 }],
    ['$549/contributor/yr', { model: 'per_seat', currency: 'USD', monthlyPerSeat: null, annualPerSeat: 549 }],
    ['Pro: CHF 19.90/u/mo', { model: 'per_seat', currency: 'CHF', monthlyPerSeat: null, annualPerSeat: 238.8 }],
    ['Teams: $19.95/mo flat', { model: 'flat', currency: 'USD', annualFlat: 239.4 }],
    ['Plus: $49/mo', { model: 'flat', currency: 'USD', annualFlat: 588 }],
    ['Professional: €149/mo', { model: 'flat', currency: 'EUR', annualFlat: 1788 }],
    ['Launch: $280/yr', { model: 'flat', currency: 'USD', annualFlat: 280 }],
    ['$15,000/yr minimum', { model: 'annual_minimum', currency: 'USD', annualMinimum: 15000 }],
    ['Free', { model: 'free', currency: 'USD' }],
    ['Essentials: Free', { model: 'free', currency: 'USD' }],
    ['Contact Sales', { model: 'quote', currency: 'USD' }],
    ['Contact Support', { model: 'quote', currency: 'USD' }],
    ['Per quote', { model: 'quote', currency: 'USD' }],
    ['Select: Get pricing (quote-based)', { model: 'quote', currency: 'USD' }],
    ['Startup: custom', { model: 'quote', currency: 'USD' }],
  ])('%s (SCIM Tax Index, annual billing)', (text, expected) => {
    expect(priceOf(text)).toEqual(expected);
  });

  it.each([
    // sso.tax does not say how it bills: the figure is read as the monthly list price and the note says so.
    ['$10 per u/m', { model: 'per_seat', currency: 'USD', monthlyPerSeat: 10 }],
    ['$149.00 per user/mo', { model: 'per_seat', currency: 'USD', monthlyPerSeat: 149 }],
    ['$15 per user/month', { model: 'per_seat', currency: 'USD', monthlyPerSeat: 15 }],
    ['€10 per u/m', { model: 'per_seat', currency: 'EUR', monthlyPerSeat: 10 }],
    ['$179 per u/y', { model: 'per_seat', currency: 'USD', monthlyPerSeat: null, annualPerSeat: 179 }],
    ['$29.90 per month', { model: 'flat', currency: 'USD', monthlyFlat: 29.9 }],
    ['$99 per mo', { model: 'flat', currency: 'USD', monthlyFlat: 99 }],
    ['$240/mo', { model: 'flat', currency: 'USD', monthlyFlat: 240 }],
    ['$9,999/year', { model: 'flat', currency: 'USD', annualFlat: 9999 }],
    ['$995 per year', { model: 'flat', currency: 'USD', annualFlat: 995 }],
    ['Call Us!', { model: 'quote', currency: 'USD' }],
    ['Call us', { model: 'quote', currency: 'USD' }],
    ['Call Us! ($79.90/month+)', { model: 'quote', currency: 'USD' }],
  ])('%s (sso.tax, billing not stated)', (text, expected) => {
    expect(priceOf(text, ssoTax)).toEqual(expected);
  });

  it('every price it returns passes our price schema', () => {
    const texts = ['$7.99/u/mo', '$8.33 per month', '$112.9 per month', 'US$16.99/license/mo (annual, billed monthly)', '$179 per u/y', 'Free'];
    for (const text of texts) {
      for (const options of [index, april, ssoTax]) {
        const price = parsePriceText(text, options)?.price;
        expect(priceSchema.safeParse(price).success, `${text}`).toBe(true);
      }
    }
  });

  it('keeps the plan name written before the price', () => {
    expect(parsePriceText('Teams Starter Pack: $24.95/mo flat for 10 members (annual)', index)?.planName).toBe('Teams Starter Pack');
    expect(parsePriceText('Aha! Roadmaps Premium: $59/u/mo billed annually ($74 monthly)', index)?.planName).toBe('Aha! Roadmaps Premium');
    expect(parsePriceText('$7.99/u/mo', index)?.planName).toBeNull();
    expect(parsePriceText('Contact Sales (~$22K–$254K/yr)', index)?.planName).toBeNull();
  });

  it('says in the note what the source stated and how billing was read', () => {
    expect(parsePriceText('$7.99/u/mo', index)?.price?.note).toBe('SCIM Tax Index 2026-10 states “$7.99/u/mo”');
    expect(parsePriceText('$7.99/u/mo', april)?.price?.note).toBe('SCIM Tax Index 2026-04 states “$7.99/u/mo”; billing not stated, read as annual billing');
    expect(parsePriceText('$10 per u/m', ssoTax)?.price?.note).toBe('sso.tax states “$10 per u/m”; billing not stated, read as monthly billing');
    expect(parsePriceText('Business: $8.99/u/mo (annual)', april)?.price?.note).toBe('SCIM Tax Index 2026-04 states “Business: $8.99/u/mo (annual)”');
  });

  it('keeps a quote estimate in the note only, never as a figure', () => {
    const parsed = parsePriceText('Contact Sales (~$22K–$254K/yr)', april);
    expect(parsed?.price).toEqual({ model: 'quote', currency: 'USD', note: 'SCIM Tax Index 2026-04 states “Contact Sales (~$22K–$254K/yr)”' });
    expect(parsed?.figures).toMatchObject({ isQuote: true, perUserMonthly: null, baseMonthly: null, annualMinimum: null });
  });
});

describe('parsePriceText: texts it will not turn into a price', () => {
  it.each([
    ['~$15/u/mo', 'an approximate figure'],
    ['Teams: ~$89.99/u/mo', 'an approximate figure'],
    ['~$12,000/yr min', 'an approximate figure'],
    ['Starter: $80–120/mo', 'a range'],
    ['$30,000–$80,000+/yr', 'a range'],
    ['$0.60 - $7.20 per host-month', 'a range'],
    ['$60K+/yr', 'a lower bound (“or more”)'],
    ['$400+ per month', 'a lower bound (“or more”)'],
    ['$800/mo+ (Marketing Pro)', 'a lower bound (“or more”)'],
    ['$575/mo + $12/user', 'a base fee plus a seat price, without the number of included seats'],
    ['$2,500/mo (~100 users)', 'remark we cannot read: “(~100 users)”'],
    ['$15/u/mo (Viewer)', 'remark we cannot read: “(Viewer)”'],
    ['Grow: $12/user/mo + platform fee (monthly pricing)', 'remark we cannot read: “+ platform fee (monthly pricing)”'],
    ['Core: $1.40/unit/mo', 'unit we do not price: “/unit/mo”'],
    ['$23/host/mo', 'unit we do not price: “/host/mo”'],
    ['$99 per device/year', 'unit we do not price: “per device/year”'],
    ['4.99€ / device', 'unit we do not price: “/ device”'],
    ['$0.2992', 'amount has more than two decimals'],
    ['$90', 'no unit or period'],
    ['Usage-based', 'no amount we can read'],
    ['Not public', 'no amount we can read'],
    ['Not disclosed', 'no amount we can read'],
    ['Not verified (pricing page blocked)', 'no amount we can read'],
    ['Free (≤10 users)', 'no amount we can read'],
    ['???', 'no amount we can read'],
  ])('%s → no price (%s), original text kept', (text, reason) => {
    const parsed = parsePriceText(text, april);
    expect(parsed?.price).toBeNull();
    expect(parsed?.unreadReason).toBe(reason);
    expect(parsed?.text).toBe(text);
  });

  it('still states the figures of a base fee plus seats, for comparing with our price', () => {
    expect(parsePriceText('Starter: $100/mo + $6/user', april)?.figures).toEqual({
      currency: 'USD',
      perUserMonthly: 6,
      baseMonthly: 100,
      annualMinimum: null,
      isFree: false,
      isQuote: false,
      isApproximate: false,
      basis: 'unstated',
    });
  });

  it('keeps an approximate figure as an approximate figure', () => {
    expect(parsePriceText('~$15/u/mo', april)?.figures).toMatchObject({ perUserMonthly: 15, isApproximate: true });
  });

  it('marks add-on prices so a plan never takes them as its own price', () => {
    expect(parsePriceText('+$4/u/mo', april)).toMatchObject({ isAddOn: true, figures: { perUserMonthly: 4 } });
    expect(parsePriceText('$4/u/mo (add-on)', april)?.isAddOn).toBe(true);
    expect(parsePriceText('+$500/mo add-on', april)).toMatchObject({ isAddOn: true, figures: { baseMonthly: 500 } });
    expect(parsePriceText('$4/u/mo', april)?.isAddOn).toBe(false);
  });

  it('tells "nothing to price" apart from "no text" and from an unreadable text', () => {
    expect(parsePriceText('—', index)).toMatchObject({ isNothingToPrice: true, price: null, unreadReason: null });
    expect(parsePriceText('— (on top of any Atlassian plan)', april)?.isNothingToPrice).toBe(true);
    expect(parsePriceText(null, index)).toBeNull();
    expect(parsePriceText('   ', index)).toBeNull();
  });

  it('states the basis of figures only when the text or the dataset does', () => {
    expect(parsePriceText('$7.99/u/mo', index)?.figures?.basis).toBe('annual');
    expect(parsePriceText('$7.99/u/mo', april)?.figures?.basis).toBe('unstated');
    expect(parsePriceText('$7.99/u/mo (annual)', april)?.figures?.basis).toBe('annual');
    expect(parsePriceText('$10 per u/m', ssoTax)?.figures?.basis).toBe('unstated');
    expect(parsePriceText('$179 per u/y', ssoTax)?.figures).toMatchObject({ basis: 'annual', perUserMonthly: 14.92 });
  });
});
