import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { notifySaved } from '../../ui/forms';
import { useJsonImport } from '../../ui/JsonImport';
import { AnchorLink } from '../../ui/links';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { useFrameworks, useImportFramework } from '../api/frameworks';

export function FrameworksPage({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useFrameworks();
  const importer = useImportFramework();
  const json = useJsonImport({
    importer,
    label: t('frameworks.import'),
    failedTitle: t('frameworks.importFailed'),
    invalidJson: t('frameworks.invalidJson'),
    onImported: (saved) => {
      notifySaved(t('frameworks.imported'));
      void navigate({ to: '/frameworks/$frameworkId', params: { frameworkId: saved.framework.id } });
    },
  });

  return (
    <Stack>
      <PageHeader title={t('frameworks.title')} description={t(canWrite ? 'frameworks.intro' : 'frameworks.introViewer')} actions={canWrite && json.button} />
      {json.errors}
      {list.isLoading && <LoadingState />}
      {list.error && <ErrorState error={list.error} onRetry={() => list.refetch()} />}
      {list.data && list.data.length === 0 && <EmptyState message={t('frameworks.empty')} />}
      {list.data && list.data.length > 0 && (
        <Table.ScrollContainer minWidth={320}>
          <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('frameworks.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('frameworks.version')}</Table.Th>
                <Table.Th>{t('frameworks.year')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('frameworks.indicators')}</Table.Th>
                <Table.Th>{t('common.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>
                    <Stack gap={0}>
                      <AnchorLink to="/frameworks/$frameworkId" params={{ frameworkId: f.id }} fw={500} size="sm">
                        {f.name}
                      </AnchorLink>
                      <Text size="xs" c="dimmed">
                        {f.id}
                        {f.basedOn ? ` · ${t('frameworks.basedOn')} ${f.basedOn}` : ''}
                      </Text>
                    </Stack>
                  </Table.Td>
                  <Table.Td>{f.year}</Table.Td>
                  <Table.Td visibleFrom="sm">{f.indicatorCount}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge variant="light" color={f.builtIn ? 'gray' : 'blue'}>
                        {f.builtIn ? t('frameworks.builtIn') : t('frameworks.custom')}
                      </Badge>
                      {f.uncertain && (
                        <Badge variant="light" color="yellow" title={t('frameworks.uncertainHint')}>
                          {t('frameworks.uncertain')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
