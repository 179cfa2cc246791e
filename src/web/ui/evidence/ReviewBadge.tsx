import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOR: Record<string, string> = { menunggu: 'gray', diterima: 'teal', dikembalikan: 'orange', tanpa_bukti: 'red' };

/** Where an answered item stands in verification ('tanpa_bukti': answered without valid evidence, see shownReview). */
export function ReviewBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const label = status === 'tanpa_bukti' ? t('evidence.noEvidence') : t(`evidence.review.${status}`, { defaultValue: status });
  return (
    <Badge color={COLOR[status] ?? 'gray'} variant="light" size="sm" data-testid={`review-${status}`}>
      {label}
    </Badge>
  );
}
