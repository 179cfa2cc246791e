// The fields a period is opened with and later corrected with (windows, maturity threshold, OPD target): one
// set for the "open period" and "change schedule" forms, so the two cannot drift apart.
import { NumberInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type ScheduleField = 'penjaringanOpensOn' | 'penjaringanClosesOn' | 'internalDeadline' | 'maturityThreshold' | 'opdTarget';

export function PeriodScheduleFields({ inputProps }: { inputProps: (field: ScheduleField) => object }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <TextInput type="date" label={t('periods.opensOn')} required {...inputProps('penjaringanOpensOn')} />
      <TextInput type="date" label={t('periods.closesOn')} required {...inputProps('penjaringanClosesOn')} />
      <TextInput type="date" label={t('periods.internalDeadline')} {...inputProps('internalDeadline')} />
      <NumberInput
        label={t('periods.threshold')}
        description={t('periods.thresholdHint')}
        min={0}
        decimalSeparator={i18n.language === 'en' ? '.' : ','}
        {...inputProps('maturityThreshold')}
      />
      <NumberInput label={t('periods.opdTarget')} description={t('periods.opdTargetHint')} min={1} max={50} allowDecimal={false} {...inputProps('opdTarget')} />
    </>
  );
}
