// Which unit of its OPD runs the innovation (a puskesmas, a sekolah, a kelurahan, a UPT), or the OPD itself.
// Grouped by kind; a unit since deactivated stays shown only while it is the one chosen.
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOpdUnits } from '../api/innovations';

export function UnitSelect({
  opdId,
  value,
  onChange,
  readOnly,
  error,
  withHint,
}: {
  opdId: string | null | undefined;
  value: string | null;
  onChange: (unitId: string | null) => void;
  readOnly?: boolean;
  error?: React.ReactNode;
  /** Explain what a unit is (where the choice is first made). */
  withHint?: boolean;
}) {
  const { t } = useTranslation();
  const units = useOpdUnits(opdId);
  const shown = (units.data ?? []).filter((u) => u.active || u.id === value);
  if (!opdId || (units.isSuccess && !shown.length)) return null;
  const kinds = [...new Set(shown.map((u) => u.kind))];
  const data = kinds.map((kind) => ({
    group: t(`unitKind.${kind}`),
    items: shown.filter((u) => u.kind === kind).map((u) => ({ value: u.id, label: u.name })),
  }));
  return (
    <Select
      label={t('innovations.unit')}
      description={withHint ? t('innovations.unitPicker.hint') : undefined}
      placeholder={t('innovations.unitPicker.none')}
      clearable
      searchable
      readOnly={readOnly}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
      nothingFoundMessage={t('common.noResults')}
    />
  );
}
