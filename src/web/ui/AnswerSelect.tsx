import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../domain/iid/types';

/** One indicator's answer: 0 (none / no evidence) or one of its options. */
export function AnswerSelect({
  indicator,
  value,
  onChange,
  label,
  disabled,
}: {
  indicator: Indicator;
  value: number;
  onChange: (v: number) => void;
  label?: string;
  disabled?: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Select
      size="xs"
      label={label}
      aria-label={label ?? `${indicator.code} ${indicator.name}`}
      allowDeselect={false}
      disabled={disabled}
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

/** A grid of answer selects, labelled "code. name" (with * for mandatory indicators) in the UI language. */
export function AnswerGrid({
  indicators,
  answers,
  onChange,
  disabled,
  cols = { base: 1, sm: 2 },
}: {
  indicators: Indicator[];
  answers: Record<string, number>;
  onChange: (code: string, value: number) => void;
  disabled?: boolean;
  cols?: Record<string, number>;
}) {
  const { i18n } = useTranslation();
  return (
    <SimpleGrid cols={cols} spacing="xs">
      {indicators.map((ind) => (
        <AnswerSelect
          key={ind.code}
          indicator={ind}
          label={`${ind.code}. ${i18n.language === 'en' && ind.nameEn ? ind.nameEn : ind.name}${ind.mandatory ? ' *' : ''}`}
          value={answers[ind.code] ?? 0}
          disabled={disabled}
          onChange={(value) => onChange(ind.code, value)}
        />
      ))}
    </SimpleGrid>
  );
}
