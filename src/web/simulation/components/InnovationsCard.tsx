import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Drawer,
  Group,
  MultiSelect,
  ScrollArea,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IidResult } from '../../../domain/iid/engine';
import type { Framework, InnovationInput } from '../../../domain/iid/types';
import { URUSAN } from '../../../domain/iid/urusan';
import { formatNumber } from '../../lib/format';
import { AnswerSelect } from '../../ui/AnswerSelect';
import { EmptyState } from '../../ui/states';

interface Props {
  framework: Framework;
  innovations: InnovationInput[];
  result: IidResult;
  onChange: (next: InnovationInput[]) => void;
}

export function InnovationsCard({ framework, innovations, result, onChange }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<number | null>(null);
  const sid = framework.indicators.filter((i) => i.aspect === 'SID');
  const update = (k: number, patch: Partial<InnovationInput>) => onChange(innovations.map((inv, j) => (j === k ? { ...inv, ...patch } : inv)));
  const add = () => {
    const ids = new Set(innovations.map((i) => i.id));
    let n = innovations.length + 1;
    while (ids.has(`Inovasi ${n}`)) n++;
    onChange([...innovations, { id: `Inovasi ${n}`, sent: true, urusan: [], answers: {} }]);
    setEditing(innovations.length);
  };
  const current = editing !== null ? innovations[editing] : undefined;

  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={3} fz="h5">
          {t('simulation.innovations')} ({formatNumber(innovations.length)})
        </Title>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={add}>
          {t('simulation.addInnovation')}
        </Button>
      </Group>
      {innovations.length === 0 ? (
        <EmptyState message={t('simulation.empty')} />
      ) : (
        <ScrollArea.Autosize mah={420} type="auto">
          <Table verticalSpacing={4} fz="sm" stickyHeader aria-label={t('simulation.innovations')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('simulation.innovationId')}</Table.Th>
                <Table.Th>{t('simulation.sentLabel')}</Table.Th>
                <Table.Th ta="right">{t('simulation.maturity')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('simulation.urusan')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {innovations.map((inv, k) => (
                <Table.Tr key={inv.id}>
                  <Table.Td>{inv.id}</Table.Td>
                  <Table.Td>
                    <Switch
                      size="xs"
                      aria-label={`${t('simulation.sentLabel')} ${inv.id}`}
                      checked={inv.sent !== false}
                      onChange={(e) => update(k, { sent: e.currentTarget.checked })}
                    />
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(result.innovations[k]?.maturity ?? 0, 2)}</Table.Td>
                  <Table.Td visibleFrom="sm">
                    <Group gap={2}>
                      {inv.urusan.map((u) => (
                        <Badge key={u} size="xs" variant="outline">
                          {u}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={2} wrap="nowrap" justify="flex-end">
                      <ActionIcon size="sm" variant="subtle" aria-label={`${t('simulation.answers')} ${inv.id}`} onClick={() => setEditing(k)}>
                        <IconPencil size={14} />
                      </ActionIcon>
                      <ActionIcon
                        size="sm"
                        variant="subtle"
                        color="red"
                        aria-label={`${t('frameworks.remove')} ${inv.id}`}
                        onClick={() => onChange(innovations.filter((_, j) => j !== k))}
                      >
                        <IconTrash size={14} />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
      <Drawer opened={current !== undefined} onClose={() => setEditing(null)} position="right" size="lg" title={current?.id}>
        {current && editing !== null && (
          <Stack>
            <TextInput
              label={t('simulation.innovationId')}
              value={current.id}
              onChange={(e) => {
                const id = e.currentTarget.value;
                if (id.trim() && !innovations.some((i, j) => j !== editing && i.id === id)) update(editing, { id });
              }}
            />
            <MultiSelect
              label={t('simulation.urusan')}
              searchable
              data={URUSAN.map((u) => ({ value: u.code, label: `${u.code} ${u.name}` }))}
              value={current.urusan}
              onChange={(urusan) => update(editing, { urusan })}
            />
            <Text fw={600}>
              {t('simulation.maturity')}: {formatNumber(result.innovations[editing]?.maturity ?? 0, 2)} / {formatNumber(result.maturityMax, 2)}
            </Text>
            <SimpleGrid cols={1} spacing="xs">
              {sid.map((ind) => (
                <AnswerSelect
                  key={ind.code}
                  indicator={ind}
                  label={`${ind.code}. ${ind.name}`}
                  value={current.answers[ind.code] ?? 0}
                  onChange={(v) => update(editing, { answers: { ...current.answers, [ind.code]: v } })}
                />
              ))}
            </SimpleGrid>
          </Stack>
        )}
      </Drawer>
    </Card>
  );
}
