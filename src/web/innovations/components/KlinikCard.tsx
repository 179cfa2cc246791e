// Klinik inovasi: questions and answers between the OPD and the Bappeda about this innovation.
import { Button, Card, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { showApiError } from '../../ui/forms';
import { ErrorState, LoadingState } from '../../ui/states';
import { useMessages, usePostMessage } from '../api/innovations';

export function KlinikCard({ entryId, canPost }: { entryId: string; canPost: boolean }) {
  const { t } = useTranslation();
  const messages = useMessages(entryId);
  const post = usePostMessage(entryId);
  const form = useForm({ initialValues: { body: '' }, validate: { body: (v) => (v.trim() ? null : t('common.required')) } });
  return (
    <Card withBorder>
      <Title order={3} fz="h4" mb={4}>
        {t('innovations.klinik')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('innovations.klinikHint')}
      </Text>
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
          </Paper>
        ))}
      </Stack>
      {canPost && (
        <form noValidate onSubmit={form.onSubmit((v) => post.mutate(v.body.trim(), { onSuccess: () => form.reset(), onError: (e) => showApiError(form, e) }))}>
          <Stack gap="xs">
            <Textarea
              aria-label={t('innovations.klinikWrite')}
              placeholder={t('innovations.klinikWrite')}
              autosize
              minRows={2}
              {...form.getInputProps('body')}
            />
            <Group justify="flex-end">
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
