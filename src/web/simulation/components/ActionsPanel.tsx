import { Badge, Button, Card, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanStep, RankedAction, SimAction } from '../../../domain/iid/simulator';
import type { Framework } from '../../../domain/iid/types';
import { formatNumber } from '../../lib/format';

export function useDescribeAction(framework: Framework) {
  const { t, i18n } = useTranslation();
  const names = new Map(framework.indicators.map((i) => [i.code, i18n.language === 'en' && i.nameEn ? i.nameEn : i.name]));
  return (a: SimAction): string => {
    switch (a.kind) {
      case 'raise_region_answer':
        return t('simulation.action.raise_region_answer', { code: a.code, name: names.get(a.code), from: a.from, to: a.to });
      case 'raise_innovation_answer':
        return t('simulation.action.raise_innovation_answer', { innovation: a.innovationId, code: a.code, name: names.get(a.code), from: a.from, to: a.to });
      case 'send_innovation':
      case 'withdraw_innovation':
        return t(`simulation.action.${a.kind}`, { innovation: a.innovationId });
      case 'add_innovation':
        return a.urusan.length
          ? t('simulation.action.add_innovation_urusan', { urusan: a.urusan.join(', '), maturity: formatNumber(a.maturity, 2) })
          : t('simulation.action.add_innovation', { maturity: formatNumber(a.maturity, 2) });
    }
  };
}

const gainText = (g: number) => `+${formatNumber(g, 2)}`;

export function ActionsPanel({ framework, actions, onApply }: { framework: Framework; actions: RankedAction[]; onApply: (a: SimAction) => void }) {
  const { t } = useTranslation();
  const describeAction = useDescribeAction(framework);
  return (
    <Card withBorder>
      <Title order={3} fz="h5" mb="sm">
        {t('simulation.actions')}
      </Title>
      {actions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('simulation.noActions')}
        </Text>
      ) : (
        <Stack gap={6} data-testid="ranked-actions">
          {actions.map((r) => (
            <Group key={JSON.stringify(r.action)} justify="space-between" wrap="nowrap" gap="xs">
              <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                <Badge color="green" variant="light" style={{ flexShrink: 0 }}>
                  {gainText(r.gain)}
                </Badge>
                <Text size="sm">{describeAction(r.action)}</Text>
              </Group>
              <Button size="compact-xs" variant="subtle" onClick={() => onApply(r.action)} style={{ flexShrink: 0 }}>
                {t('simulation.apply')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}

export function PlanPanel({
  framework,
  plan,
  steps,
  onSteps,
  onApply,
}: {
  framework: Framework;
  plan: PlanStep[];
  steps: number;
  onSteps: (n: number) => void;
  onApply: () => void;
}) {
  const { t } = useTranslation();
  const describeAction = useDescribeAction(framework);
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm" align="flex-end">
        <Title order={3} fz="h5">
          {t('simulation.plan')}
        </Title>
        <Group gap="xs" align="flex-end">
          <NumberInput
            size="xs"
            w={90}
            label={t('simulation.steps')}
            min={1}
            max={50}
            allowDecimal={false}
            value={steps}
            onChange={(v) => onSteps(Math.max(1, Math.min(50, Number(v) || 1)))}
          />
          <Button size="xs" variant="light" onClick={onApply} disabled={!plan.length}>
            {t('simulation.applyPlan')}
          </Button>
        </Group>
      </Group>
      {plan.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('simulation.noActions')}
        </Text>
      ) : (
        <Table verticalSpacing={4} fz="sm">
          <Table.Tbody>
            {plan.map((p, k) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a plan may repeat an action (add another innovation)
              <Table.Tr key={k}>
                <Table.Td w={28} c="dimmed">
                  {k + 1}.
                </Table.Td>
                <Table.Td>{describeAction(p.action)}</Table.Td>
                <Table.Td w={70} c="green.8" ta="right">
                  {gainText(p.gain)}
                </Table.Td>
                <Table.Td w={70} ta="right" fw={600}>
                  {formatNumber(p.iidAfter, 2)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
