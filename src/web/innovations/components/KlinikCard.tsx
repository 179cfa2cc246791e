// Klinik inovasi: questions and answers between the OPD and the Bappeda about this innovation, with files.
import { ActionIcon, Anchor, Button, Card, FileButton, Group, Paper, Progress, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPaperclip, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatDateTime } from '../../lib/format';
import { showApiError } from '../../ui/forms';
import { SectionTitle } from '../../ui/PageHeader';
import { ErrorState, LoadingState } from '../../ui/states';
import { attachmentUrl, useMessages, usePostMessage } from '../api/innovations';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.mp4,application/pdf,image/jpeg,image/png,video/mp4';

export function KlinikCard({ entryId, canPost }: { entryId: string; canPost: boolean }) {
  const { t } = useTranslation();
  const messages = useMessages(entryId);
  const [progress, setProgress] = useState(0);
  const [files, setFiles] = useState<File[]>([]);
  const post = usePostMessage(entryId, setProgress);
  const form = useForm({ initialValues: { body: '' }, validate: { body: (v) => (v.trim() ? null : t('common.required')) } });
  const send = (body: string) => {
    setProgress(0);
    // Text and chosen files stay in the form until the server has them.
    post.mutate(
      { body, files },
      {
        onSuccess: () => {
          form.reset();
          setFiles([]);
        },
        onError: (e) => showApiError(form, e),
      },
    );
  };
  return (
    <Card withBorder>
      <SectionTitle title={t('innovations.klinik')} hint={t('innovations.klinikHint')} />
      {messages.isLoading && <LoadingState />}
      {messages.error && <ErrorState error={messages.error} onRetry={() => messages.refetch()} />}
      <Stack gap="xs" mb="sm">
        {messages.data?.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('innovations.klinikEmpty')}
          </Text>
        )}
        {messages.data?.map((m) => (
          <Paper key={m.id} p="xs" radius="md" bg={m.mine ? 'blue.0' : 'gray.0'} ml={m.mine ? 'xl' : 0} mr={m.mine ? 0 : 'xl'}>
            <Group justify="space-between" gap="xs">
              <Text size="xs" fw={600}>
                {m.authorName} · {t(`role.${m.authorRole}`)}
              </Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(m.createdAt)}
              </Text>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {m.body}
            </Text>
            {m.attachments.map((a) => (
              <Group key={a.index} gap={6} mt={4}>
                <IconPaperclip size={14} />
                <Anchor size="sm" href={attachmentUrl(entryId, m.id, a.index)} target="_blank" rel="noopener">
                  {a.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {formatBytes(a.size)}
                </Text>
              </Group>
            ))}
          </Paper>
        ))}
      </Stack>
      {canPost && (
        <form noValidate onSubmit={form.onSubmit((v) => send(v.body.trim()))}>
          <Stack gap="xs">
            <Textarea
              aria-label={t('innovations.klinikWrite')}
              placeholder={t('innovations.klinikWrite')}
              autosize
              minRows={2}
              {...form.getInputProps('body')}
            />
            {files.map((f, k) => (
              <Group key={`${f.name}-${f.size}-${f.lastModified}`} gap={6}>
                <IconPaperclip size={14} />
                <Text size="sm">{f.name}</Text>
                <Text size="xs" c="dimmed">
                  {formatBytes(f.size)}
                </Text>
                <ActionIcon
                  size="sm"
                  variant="subtle"
                  aria-label={t('evidence.delete', { name: f.name })}
                  onClick={() => setFiles((fs) => fs.filter((_, i) => i !== k))}
                >
                  <IconX size={12} />
                </ActionIcon>
              </Group>
            ))}
            {post.isPending && files.length > 0 && <Progress value={progress * 100} size="sm" aria-label={t('innovations.klinikUploading')} />}
            <Group justify="space-between">
              <FileButton onChange={(chosen) => setFiles((fs) => [...fs, ...chosen].slice(0, 5))} accept={ACCEPT} multiple>
                {(props) => (
                  <Button {...props} size="xs" variant="subtle" leftSection={<IconPaperclip size={14} />} disabled={files.length >= 5}>
                    {t('innovations.klinikAttach')}
                  </Button>
                )}
              </FileButton>
              <Button type="submit" size="xs" loading={post.isPending}>
                {t('innovations.klinikSend')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}
