// A rating of 1–5 as stars, read out as "4 dari 5".
import { Group, Text } from '@mantine/core';
import { IconStar, IconStarFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function Stars({ rating }: { rating: number }) {
  const { t } = useTranslation();
  return (
    <Group gap={2} wrap="nowrap" role="img" aria-label={t('feedback.ratingOf', { rating })}>
      {[1, 2, 3, 4, 5].map((k) =>
        k <= rating ? (
          <IconStarFilled key={k} size={16} color="var(--mantine-color-yellow-6)" aria-hidden />
        ) : (
          <IconStar key={k} size={16} color="var(--mantine-color-gray-5)" aria-hidden />
        ),
      )}
      <Text size="xs" c="dimmed" ml={4} aria-hidden>
        {rating}/5
      </Text>
    </Group>
  );
}
