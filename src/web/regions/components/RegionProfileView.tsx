// The region profile for roles that may only read it: a description, not a form of locked fields.
import { Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Region } from '../api/regions';

function Field({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{value}</Text>
    </Stack>
  );
}

export function RegionProfileView({ region }: { region: Region }) {
  const { t } = useTranslation();
  return (
    <Card withBorder maw={640} data-testid="region-profile-view">
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <Field label={t('region.name')} value={region.name} />
        <Field label={t('region.type')} value={t(`regionType.${region.type}`)} />
        <Field label={t('region.code')} value={region.kemendagriCode} />
        <Field label={t('region.address')} value={region.address || '—'} />
      </SimpleGrid>
    </Card>
  );
}
