// Admin Daerah's bin: deleted evidence, newest first, restorable; old items can be purged for good
// (a file still used by another item or message is always kept).
import { Anchor, Button, Card, Stack, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatDateTime } from '../../lib/format';
import { contentUrl, type Evidence } from '../../ui/evidence/api';
import { PreviewModal } from '../../ui/evidence/PreviewModal';
import { notifySaved, showApiError } from '../../ui/forms';
import { AnchorLink } from '../../ui/links';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { useDeletedEvidence, usePurgeEvidence, useRestoreEvidence } from '../api/deleted';

export function DeletedEvidencePage() {
  const { t } = useTranslation();
  const deleted = useDeletedEvidence();
  const restore = useRestoreEvidence();
  const purge = usePurgeEvidence();
  const [preview, setPreview] = useState<Evidence | null>(null);

  const confirmPurge = () =>
    modals.openConfirmModal({
      title: t('evidence.purgeTitle'),
      children: <Text size="sm">{t('evidence.purgeText')}</Text>,
      labels: { confirm: t('common.confirm'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        purge.mutate(undefined, {
          onSuccess: (r) => notifySaved(t('evidence.purged', { items: r.removedItems, files: r.removedFiles })),
          onError: (e) => showApiError(null, e),
        }),
    });

  return (
    <Stack>
      <PageHeader
        title={t('evidence.deletedTitle')}
        description={t('evidence.deletedIntro')}
        actions={
          // Nothing in the bin, nothing to purge: no destructive button on an empty page.
          deleted.data?.length ? (
            <Button variant="light" color="red" onClick={confirmPurge} loading={purge.isPending}>
              {t('evidence.purge')}
            </Button>
          ) : undefined
        }
      />
      {deleted.isLoading && <LoadingState />}
      {deleted.error && <ErrorState error={deleted.error} onRetry={() => deleted.refetch()} />}
      {deleted.data && !deleted.data.length && <EmptyState message={t('evidence.deletedEmpty')} />}
      {deleted.data && deleted.data.length > 0 && (
        <Card withBorder p={0}>
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('evidence.guide')}</Table.Th>
                  <Table.Th>{t('evidence.indicator')}</Table.Th>
                  <Table.Th>{t('evidence.owner')}</Table.Th>
                  <Table.Th>{t('evidence.deletedAt')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {deleted.data.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>
                      {e.kind === 'file' ? (
                        <Anchor component="button" type="button" size="sm" onClick={() => setPreview(e)}>
                          {e.fileName}
                        </Anchor>
                      ) : (
                        <Anchor size="sm" href={e.url ?? '#'} target="_blank" rel="noopener noreferrer">
                          {e.title || e.url}
                        </Anchor>
                      )}
                      {e.kind === 'file' && (
                        <Text size="xs" c="dimmed">
                          {formatBytes(e.size)} · <Anchor href={contentUrl(e.id, true)}>{t('evidence.download')}</Anchor>
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{e.code}</Table.Td>
                    <Table.Td>
                      {e.entryId ? (
                        <AnchorLink size="sm" to="/innovations/$entryId" params={{ entryId: e.entryId }}>
                          {t('verification.openInnovation')}
                        </AnchorLink>
                      ) : (
                        t('evidence.regionLevel')
                      )}
                    </Table.Td>
                    <Table.Td>{formatDateTime(e.deletedAt)}</Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="light"
                        loading={restore.isPending && restore.variables === e.id}
                        onClick={() =>
                          restore.mutate(e.id, { onSuccess: () => notifySaved(t('evidence.restored')), onError: (err) => showApiError(null, err) })
                        }
                      >
                        {t('evidence.restore')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      <PreviewModal item={preview} onClose={() => setPreview(null)} />
    </Stack>
  );
}
