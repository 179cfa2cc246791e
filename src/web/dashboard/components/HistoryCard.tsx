// Official results per year, entered by Admin Daerah with their source.
import { ActionIcon, Button, Card, Group, Modal, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { FormActions } from '../../ui/controls';
import { notifySaved, showApiError } from '../../ui/forms';
import { type OfficialResult, useHistory, useSaveResult } from '../api/dashboard';

export function HistoryCard({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const history = useHistory();
  const [editing, setEditing] = useState<OfficialResult | null>(null);
  return (
    <Card withBorder data-testid="history">
      <Group justify="space-between" mb="sm">
        <Title order={3} fz="h4">
          {t('dashboard.history')}
        </Title>
        {canEdit && (
          <Button size="xs" variant="light" className="no-print" onClick={() => setEditing({ year: new Date().getFullYear() - 1, iid: 0, source: '' })}>
            {t('dashboard.addResult')}
          </Button>
        )}
      </Group>
      {!history.data?.length ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.noHistory')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dashboard.year')}</Table.Th>
                <Table.Th>IID</Table.Th>
                <Table.Th>{t('dashboard.predicate')}</Table.Th>
                <Table.Th>{t('dashboard.rank')}</Table.Th>
                <Table.Th>{t('dashboard.awards')}</Table.Th>
                <Table.Th>{t('dashboard.source')}</Table.Th>
                {canEdit && <Table.Th className="no-print" />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.data.map((r) => (
                <Table.Tr key={r.year} onClick={canEdit ? () => setEditing(r) : undefined} style={canEdit ? { cursor: 'pointer' } : undefined}>
                  <Table.Td>{r.year}</Table.Td>
                  <Table.Td>{formatNumber(r.iid, 2)}</Table.Td>
                  <Table.Td>{r.predicate ?? '—'}</Table.Td>
                  <Table.Td>{r.nationalRank ?? '—'}</Table.Td>
                  <Table.Td>{r.awards || '—'}</Table.Td>
                  <Table.Td>
                    <Text size="xs">{r.source}</Text>
                  </Table.Td>
                  {canEdit && (
                    // The row opens on click too; this button is what a keyboard reaches.
                    <Table.Td className="no-print">
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('dashboard.editResult', { year: r.year })}
                        onClick={(e) => {
                          e.stopPropagation();
                          setEditing(r);
                        }}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && <ResultForm initial={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}

function ResultForm({ initial, onClose }: { initial: OfficialResult; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const save = useSaveResult();
  const form = useForm<OfficialResult>({ initialValues: { ...initial, predicate: initial.predicate ?? '', awards: initial.awards ?? '' } });
  return (
    <Modal opened onClose={onClose} title={t('dashboard.resultTitle')}>
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          save.mutate(
            { ...v, nationalRank: v.nationalRank || null },
            {
              onSuccess: () => {
                notifySaved(t('common.saved'));
                onClose();
              },
              onError: (e) => showApiError(form, e),
            },
          ),
        )}
      >
        <Stack>
          <NumberInput label={t('dashboard.year')} min={2015} max={2100} {...form.getInputProps('year')} />
          <NumberInput label="IID" decimalSeparator={i18n.language === 'en' ? '.' : ','} min={0} max={100} decimalScale={2} {...form.getInputProps('iid')} />
          <TextInput label={t('dashboard.predicate')} {...form.getInputProps('predicate')} />
          <NumberInput label={t('dashboard.rank')} min={1} {...form.getInputProps('nationalRank')} />
          <TextInput label={t('dashboard.awards')} {...form.getInputProps('awards')} />
          <TextInput label={t('dashboard.source')} description={t('dashboard.sourceHint')} required {...form.getInputProps('source')} />
          <FormActions onCancel={onClose} loading={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
