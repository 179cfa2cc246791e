// Indonesian formats: 84,46 · 28 Februari 2024 · 14.05 WIB. English uses its own but keeps WIB time.
import i18n from '../i18n';

const TZ = 'Asia/Jakarta';
const tag = () => (i18n.language === 'en' ? 'en-GB' : 'id-ID');

// Making an Intl formatter costs far more than using one (a heatmap or a long table formats hundreds of values on
// each render), so each language tag and option set makes one and keeps it.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  const kept = dateFormats.get(key);
  if (kept) return kept;
  const made = new Intl.DateTimeFormat(locale, options);
  dateFormats.set(key, made);
  return made;
}
function numberFormat(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}|${digits}`;
  const kept = numberFormats.get(key);
  if (kept) return kept;
  const made = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  numberFormats.set(key, made);
  return made;
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  return dateFormat(tag(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: TZ }).format(new Date(iso));
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  const date = dateFormat(tag(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: TZ }).format(d);
  const time = dateFormat('id-ID', { hour: '2-digit', minute: '2-digit', timeZone: TZ }).format(d);
  return `${date} ${time} WIB`;
}

/** Whole days from today (in WIB) to a YYYY-MM-DD date: 0 today, negative once past. */
export function daysFromToday(date: string): number {
  const today = new Date(new Date().toLocaleDateString('en-CA', { timeZone: TZ }));
  return Math.round((new Date(date).getTime() - today.getTime()) / 86_400_000);
}

export function formatNumber(n: number, digits = 0): string {
  return numberFormat(tag(), digits).format(n);
}

/** "14 hari lagi" · "besok" · "hari ini" · "183 hari yang lalu": a date's distance from today in whole days. */
export function formatDaysFromToday(days: number): string {
  if (days === 0) return i18n.t('common.dueToday');
  if (days === 1) return i18n.t('common.dueTomorrow');
  return days > 0 ? i18n.t('common.daysLeft', { count: days }) : i18n.t('common.daysAgo', { count: -days });
}

/** 1,5 MB · 820 KB: file sizes in the UI language's number format. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '—';
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 0)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), 1)} MB`;
}
