// The innovation in the region's public catalogue: whether it is published and from which profile, and — for the
// Admin Daerah — publishing, refreshing or withdrawing it, the contact other regions see, and which evidence the
// public may open. Each change is saved at once; the public page is a link away.
import { Alert, Anchor, Badge, Button, Card, Group, List, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconExternalLink, IconWorld } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_MAX_LENGTH } from '../../../domain/catalogue/publication';
import { api } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { catalogueQueries, type Publication } from '../../lib/queries/catalogue';
import { notifySaved, showApiError } from '../../ui/forms';

export function PublicationCard({ entryId, canPublish }: { entryId: string; canPublish: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const query = useQuery(catalogueQueries.publication(entryId));
  const [contact, setContact] = useState<string | null>(null);
  const [contactError, setContactError] = useState<string | null>(null);
  const settle = (data: Publication) => qc.setQueryData(catalogueQueries.publication(entryId).queryKey, data);
  const publish = useMutation({
    mutationFn: () => api<Publication>('PUT', `/api/catalogue/entries/${entryId}`, contact === null ? {} : { contact }),
    onSuccess: (data) => {
      settle(data);
      setContact(null);
      notifySaved(t('catalogue.published'));
    },
    onError: (e) => showApiError({ setErrors: (errors) => setContactError(errors.contact ?? Object.values(errors)[0] ?? null) }, e),
  });
  const withdraw = useMutation({
    mutationFn: () => api<Publication>('DELETE', `/api/catalogue/entries/${entryId}`),
    onSuccess: (data) => {
      settle(data);
      notifySaved(t('catalogue.withdrawn'));
    },
    onError: (e) => showApiError(null, e),
  });
  const mark = useMutation({
    mutationFn: (v: { id: string; public: boolean }) => api<Publication>('PUT', `/api/catalogue/evidence/${v.id}`, { public: v.public }),
    onSuccess: settle,
    onError: (e) => showApiError(null, e),
  });
  const p = query.data;
  if (!p) return null;
  // Readers who cannot publish see the card only when there is something public to point to.
  if (!canPublish && !p.published) return null;
  const problems = Object.entries(p.problems);
  const confirmWithdraw = () =>
    modals.openConfirmModal({
      title: t('catalogue.withdrawTitle'),
      children: <Text size="sm">{t('catalogue.withdrawText')}</Text>,
      labels: { confirm: t('catalogue.withdraw'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => withdraw.mutate(),
    });
  return (
    <Card withBorder data-testid="publication">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={3} fz="h4">
          {t('catalogue.title')}
        </Title>
        {p.published ? (
          <Badge color="green" variant="light" leftSection={<IconWorld size={12} />}>
            {t('catalogue.isPublished')}
          </Badge>
        ) : (
          <Badge color="gray" variant="light">
            {t('catalogue.notPublished')}
          </Badge>
        )}
      </Group>
      <Stack gap="sm">
        {p.published && p.path && (
          <Text size="sm">
            {t('catalogue.publishedAt', { when: formatDateTime(p.publishedAt), year: p.year })}{' '}
            <Anchor href={p.path} target="_blank" rel="noopener">
              {t('catalogue.openPublic')} <IconExternalLink size={12} />
            </Anchor>
          </Text>
        )}
        {p.published && !p.current && canPublish && (
          <Alert color="orange" variant="light" p="xs">
            {t('catalogue.stale')}
          </Alert>
        )}
        {canPublish && problems.length > 0 && (
          <Alert color="orange" variant="light" p="xs" title={t('catalogue.cannotPublish')}>
            <List size="sm">
              {problems.map(([field]) => (
                <List.Item key={field}>
                  {field === 'entry' ? t('catalogue.needsApproval') : t('catalogue.needsField', { field: t(`innovations.fieldName.${field}`, field) })}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {canPublish && (
          <>
            <TextInput
              label={t('catalogue.contact')}
              description={t('catalogue.contactHint')}
              maxLength={CONTACT_MAX_LENGTH}
              value={contact ?? p.contact ?? ''}
              error={contactError}
              onChange={(e) => {
                setContact(e.currentTarget.value);
                setContactError(null);
              }}
            />
            <Group gap="xs">
              <Button size="sm" onClick={() => publish.mutate()} loading={publish.isPending} disabled={problems.length > 0}>
                {p.published ? t('catalogue.refresh') : t('catalogue.publish')}
              </Button>
              {p.published && (
                <Button size="sm" variant="subtle" color="red" onClick={confirmWithdraw} loading={withdraw.isPending}>
                  {t('catalogue.withdraw')}
                </Button>
              )}
            </Group>
            <div>
              <Text size="sm" fw={600}>
                {t('catalogue.evidenceTitle')}
              </Text>
              <Text size="xs" c="dimmed" mb={6}>
                {t('catalogue.evidenceHint')}
              </Text>
              {p.evidence.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('catalogue.noEvidence')}
                </Text>
              ) : (
                <Stack gap={6}>
                  {p.evidence.map((e) => (
                    <Switch
                      key={e.id}
                      checked={e.public}
                      disabled={mark.isPending && mark.variables?.id === e.id}
                      onChange={(ev) => mark.mutate({ id: e.id, public: ev.currentTarget.checked })}
                      label={t('catalogue.evidenceItem', { code: e.indicatorCode, name: e.name })}
                    />
                  ))}
                </Stack>
              )}
            </div>
          </>
        )}
      </Stack>
    </Card>
  );
}
