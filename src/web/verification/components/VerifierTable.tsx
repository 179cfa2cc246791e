// Decisions and waiting items per verifier; Admin Daerah assigns each verifier's OPDs here.
import { Button, Card, Group, Modal, MultiSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { notifySaved, showApiError } from '../../ui/forms';
import { type QueueSummary, useAssign, useOpdChoices } from '../api/verification';

type Verifier = QueueSummary['byVerifier'][number];

export function VerifierTable({ verifiers, canAssign }: { verifiers: Verifier[]; canAssign: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Verifier | null>(null);
  return (
    <Card withBorder mt="md">
      <Title order={3} fz="h5" mb="xs">
        {t('verification.byVerifier')}
      </Title>
      <Table.ScrollContainer minWidth={380}>
        <Table data-testid="by-verifier" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('verification.reviewedBy')}</Table.Th>
              <Table.Th>{t('verification.accepted')}</Table.Th>
              <Table.Th>{t('verification.returned')}</Table.Th>
              <Table.Th>{t('verification.pending')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {verifiers.map((v) => (
              <Table.Tr key={v.userId}>
                <Table.Td>
                  <Text size="sm">{v.name}</Text>
                  <Text size="xs" c="dimmed">
                    {v.opdIds.length ? t('verification.assignedCount', { count: v.opdIds.length }) : t('verification.assignedAll')}
                  </Text>
                  {canAssign && (
                    <Button size="compact-xs" variant="subtle" px={0} onClick={() => setEditing(v)}>
                      {t('verification.assign')}
                    </Button>
                  )}
                </Table.Td>
                <Table.Td>{formatNumber(v.accepted)}</Table.Td>
                <Table.Td>{formatNumber(v.returned)}</Table.Td>
                <Table.Td>{formatNumber(v.pending)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && <AssignModal verifier={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}

function AssignModal({ verifier, onClose }: { verifier: Verifier; onClose: () => void }) {
  const { t } = useTranslation();
  const opds = useOpdChoices();
  const assign = useAssign();
  const [chosen, setChosen] = useState<string[]>(verifier.opdIds);
  return (
    <Modal opened onClose={onClose} title={t('verification.assignTitle', { name: verifier.name })}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('verification.assignHint')}
        </Text>
        <MultiSelect
          label={t('nav.opds')}
          searchable
          clearable
          data={(opds.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
          value={chosen}
          onChange={setChosen}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={assign.isPending}
            onClick={() =>
              assign.mutate(
                { userId: verifier.userId, opdIds: chosen },
                {
                  onSuccess: () => {
                    notifySaved(t('common.saved'));
                    onClose();
                  },
                  onError: (e) => showApiError(null, e),
                },
              )
            }
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
