import type { Price } from '../catalog/types';
import { clip } from './clip';

/**
 * Reads the price strings of open data ("$7.99/u/mo", "Teams: $19.95/mo flat", "Contact Sales (~$36K+/yr)",
 * "$10 per u/m", "Call Us!") into our price model.
 *
 * Decisions:
 * - Only shapes we can read with certainty become a `Price`: one amount per user, per month/year flat, an annual
 *   minimum, Free, or a quote. Anything else (ranges, "+" meaning "or more", approximations "~", usage units such
 *   as devices, hosts or credits, unknown remarks) gives `price: null` and the original text goes in the note.
 *   A figure is never invented, and an approximation is never used as a price.
 * - "Contact Sales", "Call Us!", "Per quote"… are a quote. An estimate next to it ("~$22K–$254K/yr") stays in the
 *   note only: the index itself dropped those estimates for lack of a first-party source.
 * - "Not public" and "Not disclosed" are not a quote: they say nothing about how to buy, so the price is null.
 * - A seat can be called u, user, seat, member, license, agent, editor, maker, contributor, tech, person or
 *   employee; all mean one paying person.
 * - When the text does not say how it is billed, `defaultBasis` decides which fields the figure goes to (the SCIM
 *   Tax Index states figures at annual billing, so its per-month figure × 12 becomes `annualPerSeat`).
 * - `figures` keep what the text states even when it is not a usable price ("$575/mo + $12/user" has no included
 *   seat count): conflict detection compares figures, never invented prices.
 */

export type PriceBasis = 'annual' | 'monthly' | 'unstated';

/** What a price text states, in currency units per month (per user, or fixed). */
export interface PriceFigures {
  currency: string;
  perUserMonthly: number | null;
  /** A flat price or the fixed platform fee of a base-plus-seats price. */
  baseMonthly: number | null;
  annualMinimum: number | null;
  isFree: boolean;
  isQuote: boolean;
  isApproximate: boolean;
  /** The billing the figures are stated at; 'unstated' when neither the text nor the dataset says. */
  basis: PriceBasis;
}

export interface ParsedPriceText {
  text: string;
  /** "Teams" in "Teams: $19.95/mo flat". */
  planName: string | null;
  /** Set only when the text was read with certainty. */
  price: Price | null;
  figures: PriceFigures | null;
  /** "—": the source says there is nothing to price. */
  isNothingToPrice: boolean;
  isAddOn: boolean;
  minSeats: number | null;
  /** Why `price` is null although there was text; null when read or when there is nothing to price. */
  unreadReason: string | null;
}

export interface PriceTextOptions {
  /** The billing a figure is taken to be at when the text does not say. */
  defaultBasis: 'annual' | 'monthly';
  /** True when the dataset documents `defaultBasis`; otherwise figures keep basis 'unstated'. */
  isDefaultBasisDocumented: boolean;
  /** Names the source in notes, e.g. "SCIM Tax Index 2026-10". */
  sourceLabel: string;
}

const SEAT_UNITS = 'u|users?|seats?|members?|licen[cs]es?|agents?|editors?|makers?|contributors?|techs?|technicians?|persons?|people|emps?|employees?';
const CURRENCY_BEFORE = String.raw`(US\$|\$|€|£|CHF\s?|EUR\s?|USD\s?|GBP\s?)`;
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const AMOUNT = new RegExp(String.raw`^${CURRENCY_BEFORE}?${NUMBER}([kK])?(\s?€|\s?EUR)?`);
const PER_SEAT = new RegExp(String.raw`^\s*(?:\/|per\s+)\s*(?:${SEAT_UNITS})\s*(?:\/|per\s+|-)\s*(month|mo|m|year|yr|y)\b`, 'i');
const PER_PERIOD = /^\s*(?:\/|per\s+)\s*(month|mo|year|yr)\b/i;
const QUOTE_WORDING = /^(contact\s+(sales|support|us)|call\s+us|per\s+quote|quote[\s-]based|custom(\s+pricing)?$|get\s+pricing|request\s+(a\s+)?(quote|pricing|demo))/i;

interface Amount {
  value: number;
  currency: string;
  hasAtMostCents: boolean;
  rest: string;
}

function readAmount(text: string): Amount | null {
  const match = AMOUNT.exec(text);
  if (!match) return null;
  const [whole, before = '', digits = '', thousands, after = ''] = match;
  const symbol = (before + after).replace(/\s/g, '');
  if (symbol === '') return null; // a bare number could be a count, not money
  const currency = symbol === '€' || symbol === 'EUR' ? 'EUR' : symbol === '£' || symbol === 'GBP' ? 'GBP' : symbol === 'CHF' ? 'CHF' : 'USD';
  const decimals = digits.split('.')[1] ?? '';
  const value = Number(digits.replace(/,/g, '')) * (thousands ? 1000 : 1);
  return { value, currency, hasAtMostCents: decimals.length <= 2, rest: text.slice(whole.length) };
}

interface Remarks {
  basis: 'annual' | 'monthly' | null;
  isFlat: boolean;
  isAddOn: boolean;
  isMinimum: boolean;
  monthlyAlternative: number | null;
  minSeats: number | null;
  unknown: string | null;
}

/** Reads the remarks after a figure; the first one we do not know makes the whole text unreadable. */
function readRemarks(tail: string): Remarks {
  const remarks: Remarks = { basis: null, isFlat: false, isAddOn: false, isMinimum: false, monthlyAlternative: null, minSeats: null, unknown: null };
  const known: [RegExp, (match: RegExpExecArray) => void][] = [
    [/^flat\b/i, () => (remarks.isFlat = true)],
    [/^(minimum|min)\b/i, () => (remarks.isMinimum = true)],
    [/^\(?\s*(paid\s+)?add-?on\s*\)?/i, () => (remarks.isAddOn = true)],
    // "(annual, billed monthly)" is an annual commitment paid in instalments: still the annual price.
    [/^\(\s*annual(ly)?(,\s*billed\s+monthly)?\s*\)/i, () => (remarks.basis = 'annual')],
    [/^(billed\s+)?annual(ly)?\b/i, () => (remarks.basis = 'annual')],
    [/^\(\s*billed\s+annually\s*\)/i, () => (remarks.basis = 'annual')],
    [/^\(\s*(monthly(\s+pricing)?|billed\s+monthly)\s*\)/i, () => (remarks.basis = 'monthly')],
    [/^(billed\s+)?monthly\b/i, () => (remarks.basis = 'monthly')],
    [
      /^\(\s*\$(\d+(?:\.\d{1,2})?)\s+monthly\s*\)/i,
      (match) => {
        remarks.monthlyAlternative = Number(match[1]);
      },
    ],
    [
      new RegExp(String.raw`^\(\s*(\d+)[\s-](?:${SEAT_UNITS})\s+min(imum)?\s*\)`, 'i'),
      (match) => {
        remarks.minSeats = Number(match[1]);
      },
    ],
  ];
  let rest = tail.trim();
  while (rest !== '') {
    const hit = known.map(([pattern, apply]) => ({ match: pattern.exec(rest), apply })).find(({ match }) => match !== null);
    if (!hit?.match) {
      remarks.unknown = rest;
      return remarks;
    }
    hit.apply(hit.match);
    rest = rest.slice(hit.match[0].length).replace(/^[\s,;]+/, '');
  }
  return remarks;
}

const cents = (value: number) => Math.round(value * 100) / 100;

function unread(base: ParsedPriceText, reason: string, figures: PriceFigures | null = null): ParsedPriceText {
  return { ...base, price: null, figures, unreadReason: reason };
}

/** "Teams" in "Teams: $19.95/mo flat": the plan a price text names before its colon, if any. */
export function planNameBeforePrice(text: string | null | undefined): string | null {
  const match = /^([^:$€£~(+\d][^:$€£~(]{0,99}?):\s+\S/.exec(text?.trim() ?? '');
  return match?.[1]?.trim() ?? null;
}

/** Reads one price text; `price` is set only when the whole text was understood (rules at the top of this file). */
export function parsePriceText(input: string | null | undefined, options: PriceTextOptions): ParsedPriceText | null {
  const text = input?.trim() ?? '';
  if (text === '') return null;
  const planName = planNameBeforePrice(text);
  let body = (planName === null ? text : text.slice(text.indexOf(':') + 1)).trim();
  const base: ParsedPriceText = { text, planName, price: null, figures: null, isNothingToPrice: false, isAddOn: false, minSeats: null, unreadReason: null };
  const note = clip(`${options.sourceLabel} states “${text}”`, 1900); // leaves room for the billing remark, under the 2,000 limit

  if (/^[—–-]+(\s*\(.*\))?$/.test(body)) return { ...base, isNothingToPrice: true };
  const figuresOf = (overrides: Partial<PriceFigures>): PriceFigures => ({
    currency: 'USD',
    perUserMonthly: null,
    baseMonthly: null,
    annualMinimum: null,
    isFree: false,
    isQuote: false,
    isApproximate: false,
    basis: options.isDefaultBasisDocumented ? options.defaultBasis : 'unstated',
    ...overrides,
  });

  if (QUOTE_WORDING.test(body)) {
    return { ...base, price: { model: 'quote', currency: 'USD', note }, figures: figuresOf({ isQuote: true }) };
  }
  if (/^free$/i.test(body)) return { ...base, price: { model: 'free', currency: 'USD' }, figures: figuresOf({ isFree: true }) };

  const isApproximate = /^(~|≈|approx\.?\s+|about\s+)/i.test(body);
  body = body.replace(/^(~|≈|approx\.?\s+|about\s+)/i, '');
  const isLeadingAddOn = body.startsWith('+');
  body = body.replace(/^\+\s*/, '');

  const amount = readAmount(body);
  if (!amount) return unread(base, 'no amount we can read');
  if (!amount.hasAtMostCents) return unread(base, 'amount has more than two decimals');

  if (/^\s*[–—-]/.test(amount.rest)) return unread(base, 'a range');
  if (/^\s*\+(?!\s*\$)/.test(amount.rest) || /^\s*\/\s*(mo|month|yr|year)\s*\+(?!\s*(US\$|\$|€|£))/i.test(amount.rest)) return unread(base, 'a lower bound (“or more”)');

  // "$575/mo + $12/user": a platform fee plus a seat price, but without the included seats it is no usable price.
  const compound = new RegExp(String.raw`^\s*\/\s*mo(?:nth)?\s*\+\s*`, 'i').exec(amount.rest);
  if (compound) {
    const extra = readAmount(amount.rest.slice(compound[0].length));
    const seat = extra && new RegExp(String.raw`^\s*(?:\/|per\s+)\s*(?:${SEAT_UNITS})(?:\s*\/\s*mo(?:nth)?)?\s*$`, 'i').exec(extra.rest);
    if (extra && seat) {
      return unread(
        { ...base, isAddOn: isLeadingAddOn },
        'a base fee plus a seat price, without the number of included seats',
        figuresOf({ currency: amount.currency, baseMonthly: amount.value, perUserMonthly: extra.value, isApproximate }),
      );
    }
    return unread(base, 'more than one amount');
  }

  const perSeat = PER_SEAT.exec(amount.rest);
  const perPeriod = perSeat ? null : PER_PERIOD.exec(amount.rest);
  if (!perSeat && !perPeriod) return unread(base, amount.rest.trim() === '' ? 'no unit or period' : `unit we do not price: “${amount.rest.trim()}”`);
  const matched = (perSeat ?? perPeriod) as RegExpExecArray;
  const isYearly = /^(year|yr|y)$/i.test(matched[1] ?? '');
  const remarks = readRemarks(amount.rest.slice(matched[0].length));
  const isAddOn = isLeadingAddOn || remarks.isAddOn;
  if (remarks.unknown !== null) return unread({ ...base, isAddOn }, `remark we cannot read: “${remarks.unknown}”`);

  const explicitBasis = isYearly ? 'annual' : remarks.basis;
  const basis = explicitBasis ?? options.defaultBasis;
  const figureBasis: PriceBasis = explicitBasis ?? (options.isDefaultBasisDocumented ? options.defaultBasis : 'unstated');
  const monthly = isYearly ? amount.value / 12 : amount.value;
  const currency = amount.currency;
  const withNote = (price: Price): Price => ({
    ...price,
    note: explicitBasis || options.isDefaultBasisDocumented ? note : `${note}; billing not stated, read as ${basis} billing`,
  });

  let price: Price;
  let figures: PriceFigures;
  if (perSeat) {
    if (remarks.isMinimum || remarks.isFlat) return unread({ ...base, isAddOn }, 'a seat price marked as flat or minimum');
    figures = figuresOf({ currency, perUserMonthly: cents(monthly), isApproximate, basis: figureBasis });
    price = isYearly
      ? { model: 'per_seat', currency, monthlyPerSeat: null, annualPerSeat: amount.value }
      : basis === 'annual'
        ? { model: 'per_seat', currency, monthlyPerSeat: remarks.monthlyAlternative, annualPerSeat: cents(amount.value * 12) }
        : { model: 'per_seat', currency, monthlyPerSeat: amount.value };
    if (remarks.minSeats !== null) price = { ...price, minSeats: remarks.minSeats };
  } else if (remarks.isMinimum) {
    if (!isYearly) return unread({ ...base, isAddOn }, 'a monthly minimum');
    figures = figuresOf({ currency, annualMinimum: amount.value, isApproximate, basis: 'annual' });
    price = { model: 'annual_minimum', currency, annualMinimum: amount.value };
  } else {
    figures = figuresOf({ currency, baseMonthly: cents(monthly), isApproximate, basis: figureBasis });
    price = isYearly
      ? { model: 'flat', currency, annualFlat: amount.value }
      : basis === 'annual'
        ? { model: 'flat', currency, annualFlat: cents(amount.value * 12) }
        : { model: 'flat', currency, monthlyFlat: amount.value };
  }

  if (isApproximate) return unread({ ...base, isAddOn, minSeats: remarks.minSeats }, 'an approximate figure', figures);
  return { ...base, price: withNote(price), figures, isAddOn, minSeats: remarks.minSeats };
}
