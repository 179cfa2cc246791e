// "Token API": the Admin Daerah makes tokens for other regional systems (each with the operations it may do and
// an expiry), sees each token once in full, revokes one at once, and reads every request made with it.
import { Alert, Anchor, Badge, Button, Card, Checkbox, Code, Group, Modal, Pagination, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { IconExternalLink, IconKey, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TOKEN_SCOPES, type TokenScope } from '../../../domain/open-data/tokens';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { notifySaved, showApiError } from '../../ui/forms';
import { PageHeader } from '../../ui/PageHeader';
import { SecretOnce } from '../../ui/SecretOnce';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { type ApiToken, useApiTokens, useCreateToken, useRevokeToken, useTokenUses } from '../api/tokens';

/** A date `days` from today, as the date field writes it (the browser's own day). */
const dayFromNow = (days: number, years = 0) => {
  const d = new Date();
  d.setFullYear(d.getFullYear() + years);
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

interface Values {
  name: string;
  scopes: TokenScope[];
  expiresOn: string;
}
const blank = (): Values => ({ name: '', scopes: [], expiresOn: dayFromNow(90) });

export function ApiTokensPage() {
  const { t } = useTranslation();
  const tokens = useApiTokens();
  const revoke = useRevokeToken();
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<string | null>(null);
  const [logOf, setLogOf] = useState<ApiToken | null>(null);

  const confirmRevoke = (token: ApiToken) =>
    modals.openConfirmModal({
      title: t('openData.revokeTitle'),
      children: <Text size="sm">{t('openData.revokeText', { name: token.name, prefix: token.prefix })}</Text>,
      labels: { confirm: t('openData.revoke'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => revoke.mutate(token.id, { onSuccess: () => notifySaved(t('openData.revoked')), onError: (e) => showApiError(null, e) }),
    });

  return (
    <Stack>
      <PageHeader
        title={t('openData.title')}
        description={t('openData.intro')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('openData.create')}
          </Button>
        }
      />
      <Alert color="blue" icon={<IconKey />}>
        <Stack gap={4}>
          <Text size="sm">{t('openData.publicNote')}</Text>
          <Text size="sm">{t('openData.integrationNote')}</Text>
          <Anchor href="/api/docs" target="_blank" rel="noopener" size="sm">
            <Group gap={4} component="span">
              {t('openData.docs')} <IconExternalLink size={14} />
            </Group>
          </Anchor>
        </Stack>
      </Alert>
      {tokens.isLoading && <LoadingState />}
      {tokens.error && <ErrorState error={tokens.error} onRetry={() => tokens.refetch()} />}
      {tokens.data && tokens.data.items.length === 0 && <EmptyState message={t('openData.empty')} />}
      {tokens.data && tokens.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing="xs" data-testid="api-tokens">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('openData.name')}</Table.Th>
                <Table.Th>{t('openData.prefix')}</Table.Th>
                <Table.Th>{t('openData.scopes')}</Table.Th>
                <Table.Th>{t('openData.expires')}</Table.Th>
                <Table.Th>{t('openData.lastUsed')}</Table.Th>
                <Table.Th>{t('openData.status')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.data.items.map((token) => (
                <Table.Tr key={token.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {token.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('openData.createdBy', { when: formatDate(token.createdAt), who: token.createdByName ?? '—' })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Code>{token.prefix}…</Code>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {token.scopes.map((s) => (
                        <Badge key={s} variant="light" size="sm" tt="none">
                          {s}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>{formatDate(token.expiresAt)}</Table.Td>
                  <Table.Td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('openData.neverUsed')}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={token.status} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap" justify="flex-end">
                      <Button size="xs" variant="subtle" onClick={() => setLogOf(token)} aria-label={t('openData.usesOf', { name: token.name })}>
                        {t('openData.uses')}
                      </Button>
                      {token.status !== 'revoked' && (
                        <Button
                          size="xs"
                          variant="light"
                          color="red"
                          onClick={() => confirmRevoke(token)}
                          aria-label={t('openData.revokeOf', { name: token.name })}
                        >
                          {t('openData.revoke')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {logOf && <UsageLog token={logOf} onClose={() => setLogOf(null)} />}
      <CreateTokenModal opened={creating} onClose={() => setCreating(false)} onCreated={(token) => setShown(token)} />
      <SecretOnce
        title={t('openData.shownTitle')}
        text={t('openData.shownWarning')}
        extra={t('openData.shownHow')}
        secret={shown}
        onClose={() => setShown(null)}
      />
    </Stack>
  );
}

function StatusBadge({ status }: { status: ApiToken['status'] }) {
  const { t } = useTranslation();
  if (status === 'revoked') return <Badge color="red">{t('openData.statusRevoked')}</Badge>;
  if (status === 'expired') return <Badge color="gray">{t('openData.statusExpired')}</Badge>;
  return <Badge color="green">{t('openData.statusActive')}</Badge>;
}

/** The create dialog. What was typed stays while the dialog is closed, until a token is made. */
function CreateTokenModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (token: string) => void }) {
  const { t } = useTranslation();
  const create = useCreateToken();
  const min = dayFromNow(1);
  const max = dayFromNow(0, 1);
  const form = useForm<Values>({
    initialValues: blank(),
    validate: {
      name: (v) => (v.trim() ? null : t('common.required')),
      scopes: (v) => (v.length ? null : t('openData.scopesRequired')),
      // The server says the same; said here, the field answers before anything is sent.
      expiresOn: (v) => (!v ? t('common.required') : v < min ? t('openData.expiryPast') : v > max ? t('openData.expiryTooFar') : null),
    },
  });
  const scopeText: Record<TokenScope, string> = {
    'innovations:read': t('openData.scopeInnovationsRead'),
    'innovations:write': t('openData.scopeInnovationsWrite'),
    'statistics:read': t('openData.scopeStatisticsRead'),
  };
  const submit = (v: Values) =>
    create.mutate(
      { name: v.name.trim(), scopes: v.scopes, expiresOn: v.expiresOn },
      {
        onSuccess: (created) => {
          form.setValues(blank());
          form.resetDirty();
          onClose();
          onCreated(created.token);
        },
        onError: (e) => showApiError(form, e),
      },
    );
  return (
    <Modal opened={opened} onClose={onClose} title={t('openData.createTitle')} centered>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <TextInput label={t('openData.name')} description={t('openData.nameHint')} required maxLength={100} {...form.getInputProps('name')} />
          <Checkbox.Group label={t('openData.scopes')} description={t('openData.scopesHint')} required {...form.getInputProps('scopes')}>
            <Stack gap="xs" mt="xs">
              {TOKEN_SCOPES.map((s) => (
                <Checkbox
                  key={s}
                  value={s}
                  label={
                    <span>
                      <Code>{s}</Code>
                    </span>
                  }
                  description={scopeText[s]}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <TextInput
            type="date"
            label={t('openData.expiresOn')}
            description={t('openData.expiresHint')}
            required
            min={min}
            max={max}
            {...form.getInputProps('expiresOn')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('openData.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function UsageLog({ token, onClose }: { token: ApiToken; onClose: () => void }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const uses = useTokenUses(token.id, page);
  const pages = uses.data ? Math.max(1, Math.ceil(uses.data.total / uses.data.pageSize)) : 1;
  return (
    <Card withBorder data-testid="token-uses">
      <Group justify="space-between" mb="sm">
        <div>
          <Title order={3} fz="h4">
            {t('openData.usesTitle', { name: token.name })}
          </Title>
          {uses.data && (
            <Text size="xs" c="dimmed">
              {t('openData.usesCount', { count: uses.data.total, n: formatNumber(uses.data.total) })}
            </Text>
          )}
        </div>
        <Button size="xs" variant="default" onClick={onClose}>
          {t('common.close')}
        </Button>
      </Group>
      {uses.isLoading && <LoadingState />}
      {uses.error && <ErrorState error={uses.error} onRetry={() => uses.refetch()} />}
      {uses.data && uses.data.total === 0 && <EmptyState message={t('openData.usesEmpty')} />}
      {uses.data && uses.data.total > 0 && (
        <>
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('openData.useAt')}</Table.Th>
                  <Table.Th>{t('openData.useRequest')}</Table.Th>
                  <Table.Th>{t('openData.useStatus')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {uses.data.items.map((u) => (
                  <Table.Tr key={u.id}>
                    <Table.Td>{formatDateTime(u.at)}</Table.Td>
                    <Table.Td>
                      <Code>
                        {u.method} {u.path}
                      </Code>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={u.status < 400 ? 'green' : 'red'} variant="light">
                        {u.status}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {pages > 1 && <Pagination mt="sm" total={pages} value={page} onChange={setPage} />}
        </>
      )}
    </Card>
  );
}
