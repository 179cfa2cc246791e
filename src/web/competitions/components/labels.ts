// Names of template items in the reader's language (English names where the template has them) and the
// colours of statuses, shared by the competition pages.
import i18n from '../../i18n';

export const localName = (item: { name: string; nameEn?: string }) => (i18n.language === 'en' && item.nameEn ? item.nameEn : item.name);

export const COMPETITION_STATUS_COLOR = { draft: 'gray', open: 'blue', judging: 'orange', locked: 'violet', published: 'green' } as const;
export const ENTRY_STATUS_COLOR = { draft: 'gray', proposed: 'blue', accepted: 'green', returned: 'orange', withdrawn: 'dark' } as const;

/** A score as people read it: two decimals in the reader's format, or a dash. */
export const formatScore = (n: number | null | undefined) =>
  n === null || n === undefined
    ? '—'
    : new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(n);

/** A template item's description in the reader's language (English where the template has one). */
export const localDescription = (item: { description?: string; descriptionEn?: string }) =>
  (i18n.language === 'en' ? (item.descriptionEn ?? item.description) : (item.description ?? undefined)) || undefined;
