// Impor Inovasi (Admin Daerah): a region moving to Inovda brings its innovations from a spreadsheet. Download
// the template (or use the recap), choose the period, upload: every row is checked and each problem shown on
// its row and column before anything is written; a clean file is imported all at once, with a progress bar.
import { Alert, Badge, Button, Card, FileInput, Group, Progress, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconDownload, IconFileSpreadsheet, IconSearch, IconUpload } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { formatDateTime, formatNumber } from '../../lib/format';
import { periodQueries } from '../../lib/queries/periods';
import { AnchorLink, ButtonLink } from '../../ui/links';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorState, LoadingState } from '../../ui/states';
import { useRememberedState } from '../../ui/useRememberedState';
import { checkFile, type ImportJob, TEMPLATE_URL, useImportJob, useImportJobs, useRefreshImports, useRunImport } from '../api/imports';

const STATUS_COLOR: Record<ImportJob['status'], string> = { invalid: 'red', ready: 'blue', importing: 'yellow', done: 'green', failed: 'red' };

export function ImportPage() {
  const { t } = useTranslation();
  const periods = useQuery(periodQueries.list());
  const open = useMemo(() => (periods.data ?? []).filter((p) => p.status === 'open'), [periods.data]);
  const [periodId, setPeriodId] = useRememberedState<string | null>('import-page-period', null);
  const chosen = periodId && open.some((p) => p.id === periodId) ? periodId : (open[0]?.id ?? null);
  const [jobId, setJobId] = useRememberedState<string | null>('import-page-job', null);
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const upload = useRef<{ abort: () => void } | null>(null);
  const refresh = useRefreshImports();

  async function onCheck() {
    if (!file) {
      setFileError(t('imports.fileRequired'));
      return;
    }
    if (!/\.xlsx$/i.test(file.name)) {
      setFileError(t('imports.onlyXlsx'));
      return;
    }
    setFileError(null);
    setSent(0);
    const call = checkFile(file, chosen, setSent);
    upload.current = call;
    try {
      const job = await call.done;
      await refresh(job);
      setJobId(job.id);
      setFile(null);
    } catch (e) {
      setFileError(e instanceof ApiError ? e.message : t('errors.unexpected'));
    } finally {
      upload.current = null;
      setSent(null);
    }
  }

  return (
    <Stack>
      <PageHeader title={t('imports.title')} description={t('imports.intro')} />

      <Card withBorder>
        <Group justify="space-between" align="flex-start" gap="sm">
          <div style={{ flex: '1 1 280px' }}>
            <Title order={3} fz="h4">
              {t('imports.step1')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('imports.templateHint')}
            </Text>
          </div>
          <Button component="a" href={TEMPLATE_URL} download leftSection={<IconDownload size={16} />} variant="light">
            {t('imports.downloadTemplate')}
          </Button>
        </Group>
      </Card>

      <Card withBorder>
        <Title order={3} fz="h4" mb="xs">
          {t('imports.step2')}
        </Title>
        {periods.isLoading && <LoadingState />}
        {periods.error && <ErrorState error={periods.error} onRetry={() => periods.refetch()} />}
        {periods.data && !open.length && (
          <Alert color="yellow" title={t('imports.noOpenPeriod')}>
            {t('imports.noOpenPeriodText')}
          </Alert>
        )}
        {open.length > 0 && (
          <Stack gap="sm">
            <Group align="flex-end" gap="sm" wrap="wrap">
              <Select
                label={t('imports.period')}
                description={t('imports.periodHint')}
                data={open.map((p) => ({ value: p.id, label: String(p.year) }))}
                value={chosen}
                onChange={(v) => setPeriodId(v)}
                allowDeselect={false}
                w={200}
              />
              <FileInput
                label={t('imports.file')}
                placeholder={t('imports.filePlaceholder')}
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                value={file}
                onChange={(f) => {
                  setFile(f);
                  setFileError(null);
                }}
                error={fileError}
                leftSection={<IconFileSpreadsheet size={16} />}
                clearable
                style={{ flex: '1 1 260px' }}
                data-testid="import-file"
              />
              <Button leftSection={<IconUpload size={16} />} onClick={onCheck} loading={sent !== null} disabled={!file}>
                {t('imports.check')}
              </Button>
            </Group>
            {sent !== null && (
              <Group gap="xs">
                <Progress value={sent * 100} style={{ flex: 1 }} aria-label={t('imports.uploading')} />
                <Text size="xs">{t('imports.uploadingPercent', { percent: formatNumber(Math.round(sent * 100)) })}</Text>
                <Button size="xs" variant="subtle" onClick={() => upload.current?.abort()}>
                  {t('common.cancel')}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Card>

      {jobId && <JobCard id={jobId} onForget={() => setJobId(null)} />}

      <RecentImports current={jobId} onOpen={setJobId} />
    </Stack>
  );
}

function JobCard({ id, onForget }: { id: string; onForget: () => void }) {
  const { t, i18n } = useTranslation();
  const job = useImportJob(id);
  const run = useRunImport();
  const qc = useQueryClient();
  const status = job.data?.status;
  useEffect(() => {
    // Done: the innovation lists and figures read again. Finished either way: the recent imports beside it too,
    // or it would still say "Sedang diimpor" there.
    if (status === 'done') void qc.invalidateQueries({ queryKey: ['innovations'] });
    if (status === 'done' || status === 'failed') void qc.invalidateQueries({ queryKey: ['imports', 'jobs'] });
  }, [status, qc]);

  if (job.isLoading) return <LoadingState />;
  if (job.error) {
    // A job gone (another region's after switching accounts, or an old id): start over.
    if (job.error instanceof ApiError && job.error.status === 404) {
      onForget();
      return null;
    }
    return <ErrorState error={job.error} onRetry={() => job.refetch()} />;
  }
  const j = job.data as ImportJob;
  const english = i18n.language === 'en';
  const whole = j.problems.filter((p) => !p.column);
  const cells = j.problems.filter((p) => p.column);

  return (
    <Card withBorder data-testid="import-job">
      <Group justify="space-between" mb="sm" gap="xs">
        <div style={{ minWidth: 0 }}>
          <Title order={3} fz="h4">
            {t('imports.step3')}
          </Title>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {j.fileName} · {t('imports.periodYear', { year: j.periodYear })} · {t('imports.rows', { count: j.totalRows })}
          </Text>
        </div>
        <Badge color={STATUS_COLOR[j.status]} variant="light" data-testid="import-status">
          {t(`imports.status.${j.status}`)}
        </Badge>
      </Group>

      {j.status === 'invalid' && (
        <Stack gap="sm">
          <Alert color="red" title={t('imports.invalidTitle', { count: j.problems.length })}>
            {t('imports.invalidText')}
          </Alert>
          {whole.map((p) => (
            <Alert key={`${p.row}-${p.id}`} color="red" variant="outline" data-testid="import-file-problem">
              {english ? p.en : p.id}
            </Alert>
          ))}
          {cells.length > 0 && <ProblemsTable problems={cells} />}
        </Stack>
      )}

      {j.status === 'ready' && (
        <Stack gap="sm">
          <Alert color="blue" title={t('imports.readyTitle', { count: j.totalRows })}>
            {t('imports.readyText', { year: j.periodYear })}
          </Alert>
          {run.error && <Alert color="red">{run.error.message}</Alert>}
          <Group>
            <Button onClick={() => run.mutate(j.id)} loading={run.isPending} data-testid="import-run">
              {t('imports.run', { count: j.totalRows })}
            </Button>
            <Button variant="subtle" onClick={onForget}>
              {t('imports.another')}
            </Button>
          </Group>
        </Stack>
      )}

      {j.status === 'importing' && (
        <Stack gap={4}>
          <Progress
            value={j.totalRows ? (j.doneRows / j.totalRows) * 100 : 0}
            animated
            size="lg"
            aria-label={t('imports.importing')}
            data-testid="import-progress"
          />
          <Text size="sm">{t('imports.importingCount', { done: formatNumber(j.doneRows), total: formatNumber(j.totalRows) })}</Text>
        </Stack>
      )}

      {j.status === 'done' && (
        <Stack gap="sm">
          <Progress value={100} color="green" size="lg" aria-label={t('imports.status.done')} />
          <Alert color="green" title={t('imports.doneTitle', { count: j.doneRows })} data-testid="import-done">
            {t('imports.doneText', { year: j.periodYear, when: formatDateTime(j.finishedAt) })}
          </Alert>
          <Group>
            <ButtonLink to="/innovations">{t('imports.openList')}</ButtonLink>
            <Button variant="subtle" onClick={onForget}>
              {t('imports.another')}
            </Button>
          </Group>
        </Stack>
      )}

      {j.status === 'failed' && (
        <Stack gap="sm">
          <Alert color="red" title={t('imports.failedTitle')}>
            {j.error}
          </Alert>
          <Button variant="subtle" onClick={onForget} style={{ alignSelf: 'flex-start' }}>
            {t('imports.another')}
          </Button>
        </Stack>
      )}
    </Card>
  );
}

function ProblemsTable({ problems }: { problems: ImportJob['problems'] }) {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState('');
  const english = i18n.language === 'en';
  const needle = q.trim().toLowerCase();
  const shown = needle ? problems.filter((p) => `${p.row} ${p.column} ${english ? p.en : p.id}`.toLowerCase().includes(needle)) : problems;
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-end" gap="xs">
        <TextInput
          label={t('imports.filter')}
          placeholder={t('imports.filterPlaceholder')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          leftSection={<IconSearch size={14} />}
          style={{ flex: '1 1 240px' }}
        />
        <Text size="sm" c="dimmed" data-testid="import-problem-count">
          {t('imports.showing', { shown: formatNumber(shown.length), total: formatNumber(problems.length) })}
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={280}>
        <Table striped verticalSpacing="xs" aria-label={t('imports.problems')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t('imports.row')}</Table.Th>
              <Table.Th w={160} visibleFrom="sm">
                {t('imports.column')}
              </Table.Th>
              <Table.Th>{t('imports.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((p) => (
              <Table.Tr key={`${p.row}-${p.column}-${p.id}`} data-testid="import-problem">
                <Table.Td>{formatNumber(p.row)}</Table.Td>
                <Table.Td visibleFrom="sm">{p.column}</Table.Td>
                <Table.Td>
                  {/* On a phone the column's name heads the message (its own column is hidden). */}
                  <Text size="xs" fw={600} hiddenFrom="sm">
                    {p.column}
                  </Text>
                  <Text size="sm">{english ? p.en : p.id}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!shown.length && (
        <Text size="sm" c="dimmed">
          {t('imports.noMatch')}
        </Text>
      )}
    </Stack>
  );
}

function RecentImports({ current, onOpen }: { current: string | null; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const jobs = useImportJobs();
  if (jobs.isLoading) return null;
  if (jobs.error) return <ErrorState error={jobs.error} onRetry={() => jobs.refetch()} />;
  const items = jobs.data?.items ?? [];
  return (
    <Card withBorder>
      <Title order={3} fz="h4" mb="xs">
        {t('imports.recent')}
      </Title>
      {!items.length ? (
        <Text size="sm" c="dimmed">
          {t('imports.recentEmpty')}
        </Text>
      ) : (
        <Stack gap={6}>
          {items.map((j) => (
            <Group key={j.id} justify="space-between" wrap="nowrap" gap="xs" data-testid="import-recent">
              <div style={{ minWidth: 0 }}>
                <AnchorLink
                  to="/impor-inovasi"
                  size="sm"
                  fw={j.id === current ? 700 : 400}
                  onClick={(e) => {
                    e.preventDefault();
                    onOpen(j.id);
                  }}
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {j.fileName}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {formatDateTime(j.createdAt)} · {t('imports.periodYear', { year: j.periodYear })} · {t('imports.rows', { count: j.totalRows })}
                </Text>
              </div>
              <Badge color={STATUS_COLOR[j.status]} variant="light" style={{ flexShrink: 0 }}>
                {t(`imports.status.${j.status}`)}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}
