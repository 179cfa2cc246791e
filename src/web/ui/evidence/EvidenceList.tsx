// The evidence items of one indicator: open a preview, download, or (when allowed) delete; under each, its
// pre-check (what the server read from it) when the indicator's evidence is checked.
import { ActionIcon, Anchor, Badge, Box, Group, Stack, Text, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconFileTypePdf, IconLink, IconPhoto, IconTrash, IconVideo } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../lib/format';
import { showApiError } from '../forms';
import { type Evidence, useDeleteEvidence } from './api';
import { EvidenceCheckView } from './EvidenceCheckView';

function IconFor({ item }: { item: Evidence }) {
  if (item.kind === 'link') return <IconLink size={16} />;
  if (item.mime === 'application/pdf') return <IconFileTypePdf size={16} />;
  if (item.mime?.startsWith('video/')) return <IconVideo size={16} />;
  return <IconPhoto size={16} />;
}

export function EvidenceList({
  items,
  canDelete,
  onPreview,
  check,
}: {
  items: Evidence[];
  canDelete: boolean;
  onPreview: (item: Evidence) => void;
  /** Show each item's pre-check; `canRecheck`: the viewer may have it read again (who may upload to the item). */
  check?: { canRecheck: boolean };
}) {
  const { t } = useTranslation();
  const remove = useDeleteEvidence();
  if (!items.length)
    return (
      <Text size="xs" c="dimmed">
        {t('evidence.none')}
      </Text>
    );
  const confirm = (item: Evidence) =>
    modals.openConfirmModal({
      title: t('evidence.deleteTitle'),
      children: <Text size="sm">{t('evidence.deleteText', { name: item.fileName ?? item.url })}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => remove.mutate(item.id, { onError: (e) => showApiError(null, e) }),
    });
  // One line per item on a wide screen; on a phone the name takes the whole width and its size and marks
  // go under it, so nothing is squeezed or cut.
  return (
    <Stack gap={4}>
      {items.map((item) => (
        <Stack key={item.id} gap={2} data-testid="evidence-entry">
          <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="evidence-item">
            <Box pt={2} style={{ flexShrink: 0 }}>
              <IconFor item={item} />
            </Box>
            <Group gap={6} style={{ flex: 1, minWidth: 0 }} wrap="wrap" align="center">
              {item.kind === 'link' ? (
                <Anchor size="sm" href={item.url ?? '#'} target="_blank" rel="noopener noreferrer" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
                  {item.title || item.url}
                </Anchor>
              ) : (
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => onPreview(item)}
                  style={{ overflowWrap: 'anywhere', textAlign: 'left', minWidth: 0 }}
                >
                  {item.fileName}
                </Anchor>
              )}
              {item.kind === 'file' && (
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {formatBytes(item.size)}
                </Text>
              )}
              {item.needsRenewal && (
                <Tooltip label={t('evidence.renewalHint')}>
                  <Badge color="yellow" size="xs" variant="light">
                    {t('evidence.renewal')}
                  </Badge>
                </Tooltip>
              )}
            </Group>
            {canDelete && (
              <ActionIcon
                variant="subtle"
                color="red"
                size="sm"
                style={{ flexShrink: 0 }}
                aria-label={t('evidence.delete', { name: item.fileName ?? item.url })}
                onClick={() => confirm(item)}
              >
                <IconTrash size={14} />
              </ActionIcon>
            )}
          </Group>
          {check && (
            // Under the name, not under the icon: the check reads as part of this item.
            <Box pl={24} style={{ minWidth: 0 }}>
              <EvidenceCheckView item={item} canRecheck={check.canRecheck} />
            </Box>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
