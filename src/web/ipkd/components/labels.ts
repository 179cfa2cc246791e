// How IPKD numbers and names read: Indonesian decimal comma (79,5230), the indicator's name in the UI language.
import i18n from '../../i18n';
import { formatNumber } from '../../lib/format';

export const formatIpkd = (n: number | null | undefined, digits = 2) => (n === null || n === undefined ? '—' : formatNumber(n, digits));

export const nameOf = (x: { name: string; nameEn?: string }) => (i18n.language === 'en' && x.nameEn ? x.nameEn : x.name);

export const predicateColor = (p: string | null | undefined) => (p === 'A' ? 'green' : p === 'B' ? 'yellow' : 'red');
