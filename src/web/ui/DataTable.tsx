// A server-paged table: sortable headers, page controls, and the loading/empty/error states built in.
import { Group, Pagination, Paper, ScrollArea, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../lib/api';
import { formatNumber } from '../lib/format';
import { EmptyState, ErrorState, LoadingState } from './states';

export interface Column<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  /** Server sort key; when set the header is a sort button. */
  sort?: string;
  /** Hide on narrow screens (phones) to keep the table readable at 360 px. */
  wideOnly?: boolean;
  width?: number | string;
}

export interface SortState {
  sort: string;
  dir: 'asc' | 'desc';
}

interface Props<T> {
  columns: Column<T>[];
  data: Page<T> | undefined;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  page: number;
  onPage: (page: number) => void;
  sort: SortState;
  onSort: (sort: SortState) => void;
  rowKey: (row: T) => string;
  emptyMessage: string;
  emptyAction?: ReactNode;
  onRowClick?: (row: T) => void;
  label: string;
}

export function DataTable<T>(props: Props<T>) {
  const { t } = useTranslation();
  const { data, columns } = props;
  if (props.error && !data) return <ErrorState error={props.error} onRetry={props.onRetry} />;
  if (props.isLoading && !data) return <LoadingState />;
  if (!data || data.items.length === 0) return <EmptyState message={props.emptyMessage} action={props.emptyAction} />;

  const from = (data.page - 1) * data.pageSize + 1;
  const to = from + data.items.length - 1;
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));

  const header = (c: Column<T>) => {
    if (!c.sort) return c.header;
    const active = props.sort.sort === c.sort;
    const Icon = active ? (props.sort.dir === 'asc' ? IconChevronUp : IconChevronDown) : IconSelector;
    return (
      <UnstyledButton
        onClick={() => props.onSort({ sort: c.sort as string, dir: active && props.sort.dir === 'asc' ? 'desc' : 'asc' })}
        aria-label={t('common.sortBy', { column: c.header })}
        style={{ display: 'inline-flex', alignItems: 'center', gap: 4, fontWeight: 600 }}
      >
        {c.header}
        <Icon size={14} aria-hidden />
      </UnstyledButton>
    );
  };

  return (
    <Paper withBorder radius="md">
      <ScrollArea type="auto">
        <Table striped highlightOnHover={Boolean(props.onRowClick)} verticalSpacing="sm" aria-label={props.label} aria-busy={props.isLoading}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th
                  key={c.key}
                  visibleFrom={c.wideOnly ? 'sm' : undefined}
                  w={c.width}
                  aria-sort={props.sort.sort === c.sort ? (props.sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  {header(c)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((row) => (
              <Table.Tr
                key={props.rowKey(row)}
                onClick={props.onRowClick ? () => props.onRowClick?.(row) : undefined}
                style={props.onRowClick ? { cursor: 'pointer' } : undefined}
              >
                {columns.map((c) => (
                  <Table.Td key={c.key} visibleFrom={c.wideOnly ? 'sm' : undefined}>
                    {c.render(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <Group justify="space-between" p="sm" gap="xs">
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('common.showing', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(data.total) })}
        </Text>
        {pages > 1 && <Pagination size="sm" total={pages} value={props.page} onChange={props.onPage} siblings={0} />}
      </Group>
    </Paper>
  );
}
