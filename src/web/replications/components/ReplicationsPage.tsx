// Replication requests: incoming (for the OPD's or region's innovations, answered here) and outgoing (what the
// region or OPD asked of others), with their status; agreeing records the agreement with its document.
import { Anchor, Badge, Button, Card, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPLICATION_STATUSES, type ReplicationStatus } from '../../../domain/catalogue/replication';
import { formatDate } from '../../lib/format';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { type Replication, useReplications } from '../api/replications';
import { AnswerModal, type AnswerMode } from './AnswerModal';
import { RequestModal } from './RequestModal';

const COLOR: Record<ReplicationStatus, string> = { requested: 'yellow', agreed: 'green', implemented: 'teal', declined: 'gray' };

export function StatusBadge({ status }: { status: ReplicationStatus }) {
  const { t } = useTranslation();
  const label: Record<ReplicationStatus, string> = {
    requested: t('replications.status.requested'),
    agreed: t('replications.status.agreed'),
    implemented: t('replications.status.implemented'),
    declined: t('replications.status.declined'),
  };
  return (
    <Badge color={COLOR[status]} variant="light" data-testid="replication-status">
      {label[status]}
    </Badge>
  );
}

export function ReplicationsPage({
  initialDirection = 'incoming',
  askFor = null,
  opdBound = false,
}: {
  initialDirection?: 'incoming' | 'outgoing';
  /** An innovation a link asks to replicate: the request form opens on it. */
  askFor?: string | null;
  opdBound?: boolean;
}) {
  const { t } = useTranslation();
  const [direction, setDirection] = useState<'incoming' | 'outgoing'>(askFor ? 'outgoing' : initialDirection);
  const [asking, setAsking] = useState(Boolean(askFor));
  const [status, setStatus] = useState<ReplicationStatus | null>(null);
  const list = useReplications(direction, status);
  const [open, setOpen] = useState<{ r: Replication; mode: AnswerMode } | null>(null);
  const statusLabel: Record<ReplicationStatus, string> = {
    requested: t('replications.status.requested'),
    agreed: t('replications.status.agreed'),
    implemented: t('replications.status.implemented'),
    declined: t('replications.status.declined'),
  };

  return (
    <Stack>
      <PageHeader
        title={t('replications.title')}
        description={t('replications.intro')}
        actions={<Button onClick={() => setAsking(true)}>{t('replications.ask.button')}</Button>}
      />
      <Group justify="space-between" align="flex-end">
        <SegmentedControl
          value={direction}
          onChange={(v) => setDirection(v as 'incoming' | 'outgoing')}
          data={[
            { value: 'incoming', label: t('replications.incoming') },
            { value: 'outgoing', label: t('replications.outgoing') },
          ]}
        />
        <Select
          label={t('replications.statusFilter')}
          w={200}
          clearable
          placeholder={t('replications.allStatuses')}
          data={REPLICATION_STATUSES.map((s) => ({ value: s, label: statusLabel[s] }))}
          value={status}
          onChange={(v) => setStatus(v as ReplicationStatus | null)}
        />
      </Group>
      {list.isLoading && <LoadingState />}
      {list.error && <ErrorState error={list.error} onRetry={() => list.refetch()} />}
      {list.data && !list.data.items.length && (
        <EmptyState message={direction === 'incoming' ? t('replications.emptyIncoming') : t('replications.emptyOutgoing')} />
      )}
      {list.data?.items.map((r) => (
        <ReplicationCard key={r.id} r={r} onAnswer={(mode) => setOpen({ r, mode })} />
      ))}
      {open && <AnswerModal replication={open.r} mode={open.mode} onClose={() => setOpen(null)} />}
      {asking && (
        <RequestModal
          askFor={askFor}
          opdBound={opdBound}
          onClose={() => setAsking(false)}
          onSent={() => {
            setAsking(false);
            setDirection('outgoing');
          }}
        />
      )}
    </Stack>
  );
}

function ReplicationCard({ r, onAnswer }: { r: Replication; onAnswer: (mode: AnswerMode) => void }) {
  const { t } = useTranslation();
  const kind = r.agreementKind ? t(`replications.kind.${r.agreementKind}`) : '';
  return (
    <Card withBorder data-testid="replication-card">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        {/* Grows beside the buttons, and lets them wrap below on a phone instead of squeezing the text. */}
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 18rem' }}>
          <Group gap="xs">
            <StatusBadge status={r.status} />
            {r.insideRegion && <Badge variant="outline">{t('replications.insideRegion')}</Badge>}
            {r.source === 'public' && <Badge variant="outline">{t('replications.public')}</Badge>}
          </Group>
          <Text fw={600}>{r.innovationName}</Text>
          <Text size="sm">
            {r.direction === 'incoming'
              ? `${t('replications.replicating')}: ${r.replicatingName}`
              : `${t('replications.owner')}: ${r.opdName} · ${r.regionName}`}
          </Text>
          <Text size="sm" c="dimmed">
            {t('replications.requester')}: {r.requesterName}
            {r.requesterPosition && ` · ${r.requesterPosition}`}
            {' · '}
            {t('replications.requestedOn', { date: formatDate(r.createdAt) })}
          </Text>
          {(r.requesterEmail || r.requesterPhone) && (
            <Text size="sm" c="dimmed">
              {t('replications.contact')}: {[r.requesterEmail, r.requesterPhone].filter(Boolean).join(' · ')}
            </Text>
          )}
          {r.message && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {t('replications.message')}: {r.message}
            </Text>
          )}
          {r.agreementDate && (
            <Text size="sm" data-testid="replication-agreement">
              {t('replications.agreedOn', { kind, number: r.agreementNumber ?? '', date: formatDate(r.agreementDate) })}
              {r.agreementFileName && (
                <>
                  {' · '}
                  <Anchor href={`/api/replications/${r.id}/document`} target="_blank" rel="noopener">
                    {t('replications.openDocument')}
                  </Anchor>
                </>
              )}
            </Text>
          )}
          {r.implementedOn && <Text size="sm">{t('replications.implementedOnLabel', { date: formatDate(r.implementedOn) })}</Text>}
          {r.answerNote && (
            <Text size="sm" c="dimmed">
              {t('replications.answerNote')}: {r.answerNote}
            </Text>
          )}
        </Stack>
        {r.canAnswer && (
          <Group gap="xs">
            {r.status === 'requested' && (
              <>
                <Button size="xs" onClick={() => onAnswer('agree')}>
                  {t('replications.agree')}
                </Button>
                <Button size="xs" variant="default" onClick={() => onAnswer('decline')}>
                  {t('replications.decline')}
                </Button>
              </>
            )}
            {r.status === 'agreed' && (
              <Button size="xs" variant="light" onClick={() => onAnswer('implement')}>
                {t('replications.implement')}
              </Button>
            )}
          </Group>
        )}
      </Group>
    </Card>
  );
}
