import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../domain/iid/types';

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
      data={[
        { value: '0', label: t('simulation.notAnswered') },
        ...indicator.options.map((o) => ({ value: String(o.value), label: `${o.value} — ${i18n.language === 'en' && o.labelEn ? o.labelEn : o.label}` })),
      ]}
      comboboxProps={{ width: 420, position: 'bottom-start' }}
    />
  );
}
