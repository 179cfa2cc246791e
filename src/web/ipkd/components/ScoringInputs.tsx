// How one IPKD indicator's value becomes a score, as the admin enters it from the pedoman: a line (the values that
// score 0 and 100), a threshold (at most / at least, and the score when not met), or a score per answer.
import { Group, NumberInput, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IpkdIndicator } from '../../../domain/ipkd/framework';

type Scoring = IpkdIndicator['scoring'];

export function ScoringInputs({
  indicator,
  editable,
  errors,
  onChange,
}: {
  indicator: IpkdIndicator;
  editable: boolean;
  /** Field errors by path below the indicator's scoring ("zeroAt", "options[1].score" …). */
  errors: (path: string) => string | undefined;
  onChange: (scoring: Scoring) => void;
}) {
  const { t } = useTranslation();
  const s = indicator.scoring;
  const num = (label: string, value: number, set: (v: number) => void, path: string) => (
    <NumberInput
      size="xs"
      label={label}
      value={value}
      onChange={(v) => set(Number(v))}
      decimalSeparator=","
      readOnly={!editable}
      error={errors(path)}
      w={120}
    />
  );
  if (s.kind === 'linear')
    return (
      <Group gap="xs" align="flex-start">
        {num(t('ipkd.scoring.zeroAt'), s.zeroAt, (zeroAt) => onChange({ ...s, zeroAt }), 'zeroAt')}
        {num(t('ipkd.scoring.fullAt'), s.fullAt, (fullAt) => onChange({ ...s, fullAt }), 'fullAt')}
      </Group>
    );
  if (s.kind === 'threshold')
    return (
      <Group gap="xs" align="flex-start">
        <Select
          size="xs"
          label={t('ipkd.scoring.op')}
          data={[
            { value: 'atMost', label: t('ipkd.scoring.atMost') },
            { value: 'atLeast', label: t('ipkd.scoring.atLeast') },
          ]}
          value={s.op}
          onChange={(op) => op && onChange({ ...s, op: op as 'atMost' | 'atLeast' })}
          readOnly={!editable}
          allowDeselect={false}
          w={140}
        />
        {num(t('ipkd.scoring.limit'), s.limit, (limit) => onChange({ ...s, limit }), 'limit')}
        {num(t('ipkd.scoring.otherwise'), s.otherwise, (otherwise) => onChange({ ...s, otherwise }), 'otherwise')}
      </Group>
    );
  return (
    <Group gap="xs" align="flex-start">
      {s.options.map((o, oi) =>
        num(
          t('ipkd.scoring.scoreOf', { answer: o.value }),
          o.score,
          (score) => onChange({ ...s, options: s.options.map((x, k) => (k === oi ? { ...x, score } : x)) }),
          `options[${oi}].score`,
        ),
      )}
    </Group>
  );
}
