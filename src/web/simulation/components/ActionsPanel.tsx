import { Anchor, Badge, Button, Card, Collapse, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { createContext, useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionLine, PlanStep, RankedAction, SimAction } from '../../../domain/iid/simulator';
import type { Framework } from '../../../domain/iid/types';
import { formatNumber } from '../../lib/format';

/** Innovations (by their simulator id) the Kepala OPD has not approved: "send" them is not yet possible. */
export const NotApprovedContext = createContext<ReadonlySet<string>>(new Set());

export function useDescribeAction(framework: Framework) {
  const { t, i18n } = useTranslation();
  const notApproved = useContext(NotApprovedContext);
  const names = new Map(framework.indicators.map((i) => [i.code, i18n.language === 'en' && i.nameEn ? i.nameEn : i.name]));
  return (a: SimAction, gain?: number): string => {
    switch (a.kind) {
      case 'finish_verification':
        return a.innovationId === null
          ? t('simulation.lines.finishVerificationRegion', { count: a.count, gain: gainText(gain ?? 0) })
          : t('simulation.lines.finishVerification', { count: a.count, innovation: a.innovationId, gain: gainText(gain ?? 0) });
      case 'raise_region_answer':
        return t('simulation.action.raise_region_answer', { code: a.code, name: names.get(a.code), from: a.from, to: a.to });
      case 'raise_innovation_answer':
        return t('simulation.action.raise_innovation_answer', { innovation: a.innovationId, code: a.code, name: names.get(a.code), from: a.from, to: a.to });
      case 'send_innovation':
        return notApproved.has(a.innovationId)
          ? t('simulation.action.send_innovation_unapproved', { innovation: a.innovationId })
          : t('simulation.action.send_innovation', { innovation: a.innovationId });
      case 'withdraw_innovation':
        return t('simulation.action.withdraw_innovation', { innovation: a.innovationId });
      case 'add_innovation':
        return a.urusan.length
          ? t('simulation.action.add_innovation_urusan', { urusan: a.urusan.join(', '), maturity: formatNumber(a.maturity, 2) })
          : t('simulation.action.add_innovation', { maturity: formatNumber(a.maturity, 2) });
    }
  };
}

const gainText = (g: number) => `+${formatNumber(g, 2)}`;

export function ActionsPanel({
  framework,
  lines,
  onApply,
  title,
  hint,
  testId = 'ranked-actions',
}: {
  framework: Framework;
  lines: ActionLine[];
  onApply: (a: SimAction) => void;
  title?: string;
  hint?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder>
      <Title order={3} fz="h5" mb={hint ? 4 : 'sm'}>
        {title ?? t('simulation.actions')}
      </Title>
      {hint && (
        <Text size="xs" c="dimmed" mb="sm">
          {hint}
        </Text>
      )}
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('simulation.noActions')}
        </Text>
      ) : (
        <Stack gap={6} data-testid={testId}>
          {lines.map((line) => (
            <Line key={line.key} framework={framework} line={line} onApply={onApply} />
          ))}
        </Stack>
      )}
    </Card>
  );
}

/** One indicator (or other action): its best option, the other options folded beneath. */
function Line({ framework, line, onApply }: { framework: Framework; line: ActionLine; onApply: (a: SimAction) => void }) {
  const { t } = useTranslation();
  const describeAction = useDescribeAction(framework);
  const [open, setOpen] = useState(false);
  const row = (r: RankedAction, main: boolean) => (
    <Group justify="space-between" wrap="nowrap" gap="xs" data-testid={main ? 'action-line' : 'action-alternative'} data-key={line.key}>
      <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
        <Badge color="green" variant={main ? 'light' : 'outline'} style={{ flexShrink: 0 }}>
          {gainText(r.gain)}
        </Badge>
        <Text size="sm" c={main ? undefined : 'dimmed'}>
          {describeAction(r.action, r.gain)}
        </Text>
      </Group>
      <Button size="compact-xs" variant="subtle" onClick={() => onApply(r.action)} style={{ flexShrink: 0 }}>
        {t('simulation.apply')}
      </Button>
    </Group>
  );
  return (
    <Stack gap={2}>
      {row(line.best, true)}
      {line.alternatives.length > 0 && (
        <>
          <Anchor component="button" type="button" size="xs" ml={4} onClick={() => setOpen((o) => !o)} aria-expanded={open} style={{ alignSelf: 'flex-start' }}>
            {open ? t('simulation.lines.less') : t('simulation.lines.more', { count: line.alternatives.length })}
          </Anchor>
          <Collapse expanded={open}>
            <Stack gap={2} pl="md">
              {line.alternatives.map((r) => (
                <div key={JSON.stringify(r.action)}>{row(r, false)}</div>
              ))}
            </Stack>
          </Collapse>
        </>
      )}
    </Stack>
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
                <Table.Td>{describeAction(p.action, p.gain)}</Table.Td>
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
