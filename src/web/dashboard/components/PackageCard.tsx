// The national submission package: built in the background with a progress bar, then downloaded.
import { Alert, Button, Card, Group, Progress, Text, Title } from '@mantine/core';
import { IconFileZip } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatNumber } from '../../lib/format';
import { showApiError } from '../../ui/forms';
import { useJob, useStartPackage } from '../api/dashboard';

export function PackageCard({ periodId }: { periodId: string }) {
  const { t } = useTranslation();
  const start = useStartPackage();
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId);
  const j = job.data;
  const running = Boolean(jobId) && (!j || j.status === 'queued' || j.status === 'running');
  return (
    <Card withBorder className="no-print" data-testid="package">
      <Group justify="space-between" mb={4}>
        <Title order={3} fz="h4">
          {t('dashboard.package')}
        </Title>
        <Button
          leftSection={<IconFileZip size={16} />}
          loading={start.isPending || running}
          onClick={() => start.mutate(periodId, { onSuccess: (created) => setJobId(created.id), onError: (e) => showApiError(null, e) })}
        >
          {t('dashboard.packageStart')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        {t('dashboard.packageHint')}
      </Text>
      {j && (j.status === 'queued' || j.status === 'running') && (
        <>
          <Progress value={j.total ? (j.progress / j.total) * 100 : 5} animated aria-label={t('dashboard.packageProgress')} />
          <Text size="xs" c="dimmed" mt={4}>
            {t('dashboard.packageFiles', { done: formatNumber(j.progress), total: formatNumber(j.total) })}
          </Text>
        </>
      )}
      {j?.status === 'done' && (
        <Alert color="teal" variant="light">
          <Group justify="space-between">
            <Text size="sm">
              {j.fileName} · {formatBytes(j.fileSize)}
            </Text>
            <Button component="a" size="xs" href={`/api/exports/jobs/${j.id}/download`} data-testid="package-download">
              {t('evidence.download')}
            </Button>
          </Group>
        </Alert>
      )}
      {j?.status === 'failed' && (
        <Alert color="red" variant="light">
          {t('dashboard.packageFailed')} {j.message}
        </Alert>
      )}
    </Card>
  );
}
