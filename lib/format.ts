import type { Price } from './catalog/types';

const formatters = new Map<string, Intl.NumberFormat>();
function moneyFormatter(currency: string, withCents: boolean): Intl.NumberFormat {
  const key = `${currency}:${withCents}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      minimumFractionDigits: withCents ? 2 : 0,
      maximumFractionDigits: withCents ? 2 : 0,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "$6,000" or "$8.99": cents only when the amount is not whole. */
export function formatMoney(amount: number, currency = 'USD'): string {
  const whole = Math.abs(Math.round(amount * 100)) % 100 === 0;
  return moneyFormatter(currency, !whole).format(amount);
}

/** "$6,000/yr"; "Quote" or "Price not stated" when unknown, never "$0". */
export function formatAnnual(amount: number | null, currency = 'USD', unknownLabel = 'Price not stated'): string {
  return amount === null ? unknownLabel : `${formatMoney(amount, currency)}/yr`;
}

/** "+$5,400/yr", "−$300/yr", "$0/yr". */
export function formatIncrease(amount: number | null, currency = 'USD', unknownLabel = 'Unknown'): string {
  if (amount === null) return unknownLabel;
  if (amount === 0) return `${formatMoney(0, currency)}/yr`;
  const sign = amount > 0 ? '+' : '−';
  return `${sign}${formatMoney(Math.abs(amount), currency)}/yr`;
}

/** "×3.6" */
export function formatMultiplier(ratio: number): string {
  return `×${(Math.round(ratio * 10) / 10).toLocaleString('en-US')}`;
}

export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/** The price as the vendor states it: "$500/mo incl. 10 users + $10/user". */
export function describePrice(price: Price | null): string {
  if (!price) return 'Price not stated';
  const money = (value: number) => formatMoney(value, price.currency);
  switch (price.model) {
    case 'free':
      return 'Free';
    case 'quote':
      return 'Quote';
    case 'per_seat': {
      const parts: string[] = [];
      if (price.monthlyPerSeat !== null) parts.push(`${money(price.monthlyPerSeat)}/user/mo`);
      if (price.annualPerSeat !== null && price.annualPerSeat !== undefined) {
        parts.push(`${money(price.annualPerSeat)}/user/yr billed annually`);
      }
      const text = parts.join(' or ');
      return price.minSeats ? `${text}, minimum ${formatCount(price.minSeats)} users` : text;
    }
    case 'base_plus_seats': {
      const parts: string[] = [];
      if (price.monthlyBase !== null && price.monthlyPerExtraSeat !== null) {
        parts.push(`${money(price.monthlyBase)}/mo incl. ${formatCount(price.includedSeats)} users + ${money(price.monthlyPerExtraSeat)}/user`);
      }
      if (price.annualBase !== null && price.annualBase !== undefined) {
        const extra = price.annualPerExtraSeat ?? null;
        parts.push(
          `${money(price.annualBase)}/yr incl. ${formatCount(price.includedSeats)} users` +
            (extra !== null ? ` + ${money(extra)}/user/yr` : '') +
            ' billed annually',
        );
      }
      return parts.join(' or ') || `incl. ${formatCount(price.includedSeats)} users`;
    }
    case 'flat': {
      const parts: string[] = [];
      if (price.monthlyFlat !== null && price.monthlyFlat !== undefined) parts.push(`${money(price.monthlyFlat)}/mo flat`);
      if (price.annualFlat !== null && price.annualFlat !== undefined) parts.push(`${money(price.annualFlat)}/yr flat`);
      return parts.join(' or ');
    }
    case 'annual_minimum': {
      const perSeat =
        price.annualPerSeat !== null && price.annualPerSeat !== undefined ? ` or ${money(price.annualPerSeat)}/user/yr, whichever is more` : '';
      return `${money(price.annualMinimum)}/yr minimum${perSeat}`;
    }
  }
}

/** "2026-05-06" → "6 May 2026" (UTC, so the date never shifts). */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "29 Nov 2026, 14:03 UTC": an instant, always in UTC so every reader sees the same time. */
export function formatDateTime(isoDateTime: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' });
  return `${day}, ${time} UTC`;
}
