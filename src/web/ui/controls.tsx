// Small pieces every list and form uses: the search box, the active/inactive filter and badge, form buttons.
import { Badge, Button, Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function SearchInput({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  return (
    <TextInput
      leftSection={<IconSearch size={16} />}
      placeholder={t('common.searchPlaceholder')}
      aria-label={t('common.search')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      style={{ flex: '1 1 220px' }}
    />
  );
}

export function ActiveFilter({ value, onChange }: { value: string | undefined; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  return (
    <Select
      aria-label={t('common.status')}
      allowDeselect={false}
      data={[
        { value: 'all', label: t('common.all') },
        { value: 'true', label: t('common.active') },
        { value: 'false', label: t('common.inactive') },
      ]}
      value={value ?? 'all'}
      onChange={(v) => onChange(v ?? 'all')}
      w={130}
    />
  );
}

export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return <Badge color={active ? 'green' : 'gray'}>{active ? t('common.active') : t('common.inactive')}</Badge>;
}

export function FormActions({ onCancel, loading }: { onCancel: () => void; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt="sm">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={loading}>
        {t('common.save')}
      </Button>
    </Group>
  );
}
