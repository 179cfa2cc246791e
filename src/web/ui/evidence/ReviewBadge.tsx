import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOR: Record<string, string> = { menunggu: 'gray', diterima: 'teal', dikembalikan: 'orange' };

/** Where an answered item stands in verification. */
export function ReviewBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status] ?? 'gray'} variant="light" size="sm" data-testid={`review-${status}`}>
      {t(`evidence.review.${status}`, { defaultValue: status })}
    </Badge>
  );
}
