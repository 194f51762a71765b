// How dates, instants, decimals and values with units read on screen, and how typed decimals are parsed.

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A `Date` scalar ("2026-11-21") is a calendar day: format it without any time-zone shift. */
export function formatDate(value: string | null | undefined): string {
  if (!value) {
    return 'Not set';
  }
  const [year, month, day] = value.split('-').map(Number);
  if (!year || !month || !day) {
    return value;
  }
  return dateFormat.format(new Date(year, month - 1, day));
}

/** The local calendar day of a `DateTime` ("2 Dec 2026"). */
export function formatDay(value: string | null | undefined): string {
  const date = value ? new Date(value) : undefined;
  return !date || Number.isNaN(date.getTime()) ? '' : dateFormat.format(date);
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) {
    return '';
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat.format(date);
}

/** "" stays absent, anything else becomes a number; NaN means the person typed something that is not one. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? null : Number(trimmed);
}

export function decimalText(value: number | string | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

export function formatDecimal(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  const number = Number(value);
  return Number.isFinite(number) ? numberFormat.format(number) : String(value);
}

const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 6 });

/** "42 %", "1,200 EUR", "7": a value with its unit. */
export function formatValue(value: number | string | null | undefined, unit: string | null | undefined): string {
  const number = formatDecimal(value);
  if (!unit || number === '—') {
    return number;
  }
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** "5 minutes ago", "yesterday": how long ago an instant was, for readings. */
export function formatRelative(value: string | null | undefined, now = Date.now()): string {
  if (!value) {
    return '';
  }
  const time = new Date(value).getTime();
  if (Number.isNaN(time)) {
    return value;
  }
  const seconds = Math.round((time - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return 'just now';
  if (abs < 45 * 60) return relativeFormat.format(Math.round(seconds / 60), 'minute');
  if (abs < 22 * 3600) return relativeFormat.format(Math.round(seconds / 3600), 'hour');
  if (abs < 26 * 86400) return relativeFormat.format(Math.round(seconds / 86400), 'day');
  if (abs < 320 * 86400) return relativeFormat.format(Math.round(seconds / (30 * 86400)), 'month');
  return relativeFormat.format(Math.round(seconds / (365 * 86400)), 'year');
}
