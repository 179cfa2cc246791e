// Shows a PDF, image or video evidence file in the browser, with a download link for anything else.
import { Anchor, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../lib/format';
import { contentUrl, type Evidence } from './api';

export function PreviewModal({ item, onClose }: { item: Evidence | null; onClose: () => void }) {
  const { t } = useTranslation();
  const src = item ? contentUrl(item.id) : '';
  return (
    <Modal opened={Boolean(item)} onClose={onClose} size="xl" title={item?.fileName ?? ''} fullScreen={false}>
      {item && (
        <Stack>
          {item.mime === 'application/pdf' && <iframe title={item.fileName ?? 'PDF'} src={src} style={{ width: '100%', height: '70vh', border: 0 }} />}
          {/* At its own size at most (a small photo stretched to the modal's width looks blurred), centred. */}
          {item.mime?.startsWith('image/') && (
            <img
              src={src}
              alt={item.fileName ?? ''}
              data-testid="preview-image"
              style={{ maxWidth: '100%', maxHeight: '70vh', objectFit: 'contain', alignSelf: 'center' }}
            />
          )}
          {item.mime === 'video/mp4' && (
            // biome-ignore lint/a11y/useMediaCaption: evidence videos are uploaded by users without caption tracks
            <video src={src} controls style={{ width: '100%', maxHeight: '70vh' }} />
          )}
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {formatBytes(item.size)}
            </Text>
            <Group gap="md">
              {/* Phone browsers often show no PDF inside a page: the file opens in its own tab there. */}
              <Anchor href={src} target="_blank" rel="noopener">
                {t('evidence.openInTab')}
              </Anchor>
              <Anchor href={contentUrl(item.id, true)}>{t('evidence.download')}</Anchor>
            </Group>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
