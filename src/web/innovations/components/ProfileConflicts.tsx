// Fields of the profile both this page and someone else changed: each shows the other value beside what the user
// typed, and waits for a choice (keep mine / take theirs). Nothing is saved for that field until then.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import type { ProfileConflict, ProfileKey } from './profile-merge';

/** Choice fields store a code; shown by their label. */
const CHOICE_GROUP: Partial<Record<ProfileKey, string>> = {
  tahapan: 'tahapan',
  inisiatorType: 'inisiator',
  jenis: 'jenis',
  bentuk: 'bentuk',
  tematik: 'tematik',
};

/** Long texts are cut: the whole of the user's own text stays in the field. */
const SHOWN_CHARS = 400;

/** The unit is stored by id: shown by its name, and no unit as the OPD itself (as the unit picker says). */
type UnitName = (id: string) => string | undefined;

function shown(field: ProfileKey, value: unknown, t: TFunction, unitName: UnitName): string {
  if (field === 'unitId') return value ? (unitName(String(value)) ?? t('innovations.profileConflict.unknownUnit')) : t('innovations.unitPicker.none');
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) return t('innovations.profileConflict.empty');
  if (Array.isArray(value)) return value.join(', ');
  const group = CHOICE_GROUP[field];
  if (group) return t(`innovations.${group}.${String(value)}`, String(value));
  if (field === 'waktuUjiCoba' || field === 'waktuPenerapan') return formatDate(String(value));
  // Rich text: its words, without the markup.
  const text = String(value)
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text;
}

export function ProfileConflicts({
  conflicts,
  onResolve,
  unitName,
}: {
  conflicts: ProfileConflict[];
  onResolve: (field: ProfileKey, choice: 'mine' | 'theirs') => void;
  unitName: UnitName;
}) {
  const { t } = useTranslation();
  if (!conflicts.length) return null;
  return (
    <Alert color="orange" title={t('innovations.profileConflict.title')} data-testid="profile-conflicts">
      <Stack gap="sm">
        <Text size="sm">{t('innovations.profileConflict.intro')}</Text>
        {conflicts.map((c) => (
          <Stack key={c.field} gap={4} data-testid={`profile-conflict-${c.field}`}>
            <Text size="sm" fw={600}>
              {t(`innovations.fieldName.${c.field}`, c.field)}
            </Text>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('innovations.profileConflict.theirs')} <q data-testid="conflict-theirs">{shown(c.field, c.theirs, t, unitName)}</q>
            </Text>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('innovations.profileConflict.mine')} <q data-testid="conflict-mine">{shown(c.field, c.mine, t, unitName)}</q>
            </Text>
            <Group gap="xs">
              <Button size="xs" variant="light" onClick={() => onResolve(c.field, 'mine')}>
                {t('innovations.profileConflict.keepMine')}
              </Button>
              <Button size="xs" variant="default" onClick={() => onResolve(c.field, 'theirs')}>
                {t('innovations.profileConflict.takeTheirs')}
              </Button>
            </Group>
          </Stack>
        ))}
      </Stack>
    </Alert>
  );
}
