import { Select } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../domain/iid/types';

/** "2 — <the option's label>" as the answer field shows it; 0 reads "not answered". */
export function optionText(indicator: Indicator | undefined, value: number, t: TFunction, language: string): string {
  if (value === 0) return t('simulation.notAnswered');
  const o = indicator?.options.find((x) => x.value === value);
  if (!o) return String(value);
  return `${o.value} — ${language === 'en' && o.labelEn ? o.labelEn : o.label}`;
}

/** One indicator's answer: 0 (none / no evidence) or one of its options. */
export function AnswerSelect({
  indicator,
  value,
  onChange,
  label,
  ariaLabel,
  disabled,
  readOnly,
}: {
  indicator: Indicator;
  value: number;
  onChange: (v: number) => void;
  label?: string;
  /** Names the field for screen readers when the visible label is generic. */
  ariaLabel?: string;
  disabled?: boolean;
  /** Shown but not changeable for a moment (a save is out); unlike disabled it keeps the keyboard focus. */
  readOnly?: boolean;
}) {
  const { t, i18n } = useTranslation();
  // A phone's field is too narrow for a long option: the chosen one is written out in full under it.
  const narrow = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const chosen = optionText(indicator, value, t, i18n.language);
  return (
    <Select
      size="xs"
      label={label}
      aria-label={ariaLabel ?? label ?? `${indicator.code} ${indicator.name}`}
      allowDeselect={false}
      disabled={disabled}
      readOnly={readOnly}
      value={String(value)}
      onChange={(v) => onChange(Number(v ?? 0))}
      data={[0, ...indicator.options.map((o) => o.value)].map((v) => ({ value: String(v), label: optionText(indicator, v, t, i18n.language) }))}
      description={narrow && value !== 0 ? chosen : undefined}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      title={chosen}
      // Wide enough to read the options, never wider than the screen (a phone would scroll sideways).
      comboboxProps={{ width: 'min(420px, calc(100vw - 16px))', position: 'bottom-start' }}
    />
  );
}
