// The pre-check of one evidence item, under its file or link: while the server reads it, the page it is on; then
// what the document is (kind, number, date, signatory), each check with its sentence, and what the evidence
// supports — highlighted when that is below the option chosen. Advice only: it blocks and decides nothing.
import { Box, Button, Group, Paper, Progress, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconQuestionMark, IconRefresh, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CheckFindingDto } from '../../../contract/evidence-check';
import { KIND_LABELS } from '../../../domain/evidence-check/messages';
import { formatDate } from '../../lib/format';
import { showApiError } from '../forms';
import { type Evidence, useRecheckEvidence } from './api';
import { itemName, shownSummary } from './check-note';

const OUTCOME = {
  passed: { Icon: IconCheck, color: 'teal' },
  failed: { Icon: IconX, color: 'red' },
  unknown: { Icon: IconQuestionMark, color: 'gray' },
} as const;

export function EvidenceCheckView({ item, canRecheck }: { item: Evidence; canRecheck: boolean }) {
  const { t, i18n } = useTranslation();
  const check = item.check;
  const recheck = useRecheckEvidence();
  const name = itemName(item);
  const again = canRecheck && (
    <Button
      size="compact-xs"
      variant="subtle"
      leftSection={<IconRefresh size={12} />}
      loading={recheck.isPending}
      aria-label={t(check ? 'evidence.check.recheckLabel' : 'evidence.check.checkNowLabel', { name })}
      onClick={() => recheck.mutate(item.id, { onError: (e) => showApiError(null, e) })}
      data-testid="evidence-recheck"
    >
      {t(check ? 'evidence.check.recheck' : 'evidence.check.checkNow')}
    </Button>
  );

  if (!check)
    return canRecheck ? (
      <Group gap="xs" data-testid="evidence-check" data-status="none">
        <Text size="xs" c="dimmed">
          {t('evidence.check.notChecked')}
        </Text>
        {again}
      </Group>
    ) : null;

  if (check.status === 'queued' || check.status === 'running') {
    const p = check.progress;
    const known = Boolean(p && p.total > 0);
    return (
      <Stack gap={2} data-testid="evidence-check" data-status={check.status} maw={360}>
        <Text size="xs" c="dimmed">
          {check.status === 'queued' ? t('evidence.check.queued') : known && p ? t('evidence.check.readingPages', p) : t('evidence.check.reading')}
        </Text>
        {/* Waiting its turn (a first start queues a whole demo): words only, so a page of them stays still. */}
        {check.status === 'running' && (
          <Progress
            size="xs"
            value={known && p ? (p.done / p.total) * 100 : 100}
            striped={!known}
            animated={!known}
            aria-label={t('evidence.check.progress', { name })}
          />
        )}
      </Stack>
    );
  }

  if (check.status === 'failed')
    return (
      <Group gap="xs" wrap="wrap" data-testid="evidence-check" data-status="failed">
        <Text size="xs" c="dimmed">
          {t('evidence.check.failed')}
        </Text>
        {again}
      </Group>
    );

  const lang = i18n.language === 'en' ? 'en' : 'id';
  // "Read from the PDF text" is said beside the kind already; an OCR reading keeps its line (it may be inexact).
  const findings = check.checks.filter((f) => !(f.check === 'readable' && f.outcome === 'passed' && check.source === 'text'));
  const summary = shownSummary(check, findings);
  const facts = [
    check.number && t('evidence.check.number', { number: check.number }),
    check.date && formatDate(check.date),
    check.signatory && t('evidence.check.signatory', { name: check.signatory }),
  ].filter(Boolean);
  return (
    <Stack gap={4} data-testid="evidence-check" data-status="done" style={{ minWidth: 0 }}>
      {/* Nothing read (a scan without OCR, a link): the findings say why; "kind not recognised" would add nothing. */}
      {(check.kind || facts.length > 0 || check.source !== 'none') && (
        <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
          <Text span size="xs" fw={600} data-testid="evidence-check-kind">
            {check.kind ? KIND_LABELS[check.kind][lang] : t('evidence.check.kindUnknown')}
          </Text>
          {facts.length > 0 && <Text span size="xs" c="dimmed">{` · ${facts.join(' · ')}`}</Text>}
          {check.source && (
            <Text span size="xs" c="dimmed">
              {` (${t(`evidence.check.source.${check.source}`)})`}
            </Text>
          )}
        </Text>
      )}
      {findings.length > 0 && (
        <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {findings.map((f) => (
            <FindingLine key={`${f.check}-${f.code}`} finding={f} />
          ))}
        </Stack>
      )}
      {summary &&
        (check.belowSelected ? (
          <Paper p={6} radius="sm" bg="var(--mantine-color-orange-light)" style={{ borderLeft: '3px solid var(--mantine-color-orange-filled)' }}>
            <Text size="sm" data-testid="evidence-check-summary" data-below="true">
              {summary}
            </Text>
          </Paper>
        ) : (
          <Text size="xs" fw={500} data-testid="evidence-check-summary" data-below="false">
            {summary}
          </Text>
        ))}
      {/* Said to whoever uploads; a verifier has the suggestion box, which says it in its own words. */}
      {canRecheck && (
        <Group gap="xs" wrap="wrap">
          <Text size="xs" c="dimmed">
            {t('evidence.check.advice')}
          </Text>
          {again}
        </Group>
      )}
    </Stack>
  );
}

function FindingLine({ finding }: { finding: CheckFindingDto }) {
  const { t } = useTranslation();
  const { Icon, color } = OUTCOME[finding.outcome];
  return (
    <Group component="li" gap={6} wrap="nowrap" align="flex-start" data-testid="evidence-check-finding" data-outcome={finding.outcome}>
      <Box pt={2} c={color} style={{ flexShrink: 0, lineHeight: 0 }} aria-hidden>
        <Icon size={14} stroke={2.5} />
      </Box>
      <Text size="xs" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        <VisuallyHidden>{t(`evidence.check.outcome.${finding.outcome}`)}: </VisuallyHidden>
        {finding.text}
      </Text>
    </Group>
  );
}
