// A server-paged table: sortable headers, page controls, and the loading/empty/error states built in.
// On phones each row becomes a card (the primary column as its title, the others as label: value lines,
// actions at the bottom), so a list is read top to bottom instead of scrolled sideways.
import { ActionIcon, em, Group, NativeSelect, Pagination, Paper, ScrollArea, Stack, Table, Text, UnstyledButton, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconChevronDown, IconChevronUp, IconSelector, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../lib/api';
import { formatNumber } from '../lib/format';
import './DataTable.css';
import { EmptyState, ErrorState, LoadingState } from './states';

export interface Column<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  /** Server sort key; when set the header is a sort button. */
  sort?: string;
  /** Hide on narrow screens (phones) to keep the table readable at 360 px (the phone cards still show it). */
  wideOnly?: boolean;
  width?: number | string;
  /** The card's title on phones; default: the first column. */
  primary?: boolean;
  /** Buttons or menus for the row: at the bottom of the card on phones; default: the column keyed "actions". */
  actions?: boolean;
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

/** Below Mantine's "sm" breakpoint (a phone held upright) rows are shown as cards. */
export function usePhoneLayout(): boolean {
  const theme = useMantineTheme();
  return useMediaQuery(`(max-width: ${em(`${theme.breakpoints.sm}`)})`, false, { getInitialValueInEffect: false }) ?? false;
}

export function DataTable<T>(props: Props<T>) {
  const { t } = useTranslation();
  const phone = usePhoneLayout();
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

  const footer = (
    <Group justify="space-between" p="sm" gap="xs">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('common.showing', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(data.total) })}
      </Text>
      {pages > 1 && <Pagination size="sm" total={pages} value={props.page} onChange={props.onPage} siblings={0} />}
    </Group>
  );

  if (phone) return <CardList {...props} data={data} footer={footer} />;

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
      {footer}
    </Paper>
  );
}

/** The phone layout: a sort control (headers are gone), one card per row, then the page controls. */
function CardList<T>(props: Props<T> & { data: Page<T>; footer: ReactNode }) {
  const { t } = useTranslation();
  const { columns } = props;
  const isActions = (c: Column<T>) => c.actions ?? c.key === 'actions';
  const primary = columns.find((c) => c.primary) ?? columns.find((c) => !isActions(c));
  const actions = columns.filter(isActions);
  const lines = columns.filter((c) => c !== primary && !isActions(c));
  const sortable = columns.filter((c) => c.sort);
  const asc = props.sort.dir === 'asc';
  return (
    <Stack gap="xs" aria-label={props.label} aria-busy={props.isLoading} role="list">
      {sortable.length > 0 && (
        <Group gap="xs" wrap="nowrap" justify="flex-end">
          <NativeSelect
            size="xs"
            aria-label={t('common.sortField')}
            data={sortable.map((c) => ({ value: c.sort as string, label: c.header }))}
            value={props.sort.sort}
            onChange={(e) => props.onSort({ sort: e.currentTarget.value, dir: props.sort.dir })}
          />
          <ActionIcon
            variant="default"
            aria-label={t(asc ? 'common.sortAscending' : 'common.sortDescending')}
            onClick={() => props.onSort({ sort: props.sort.sort, dir: asc ? 'desc' : 'asc' })}
          >
            {asc ? <IconSortAscending size={16} /> : <IconSortDescending size={16} />}
          </ActionIcon>
        </Group>
      )}
      {props.data.items.map((row) => (
        <Paper
          key={props.rowKey(row)}
          withBorder
          radius="md"
          p="sm"
          role="listitem"
          data-testid="data-card"
          onClick={props.onRowClick ? () => props.onRowClick?.(row) : undefined}
          style={{ cursor: props.onRowClick ? 'pointer' : undefined, overflowWrap: 'anywhere' }}
        >
          <Stack gap={6}>
            {primary && <div>{primary.render(row)}</div>}
            {lines.map((c) => (
              <Group key={c.key} gap="xs" wrap="nowrap" align="flex-start">
                {c.header && (
                  <Text size="xs" c="dimmed" w={110} style={{ flexShrink: 0 }}>
                    {c.header}
                  </Text>
                )}
                <div className="inovda-card-value">{c.render(row)}</div>
              </Group>
            ))}
            {actions.length > 0 && (
              // Buttons act on their own: a tap on them does not also open the row.
              <Group gap="xs" justify="flex-end" onClick={(e) => e.stopPropagation()}>
                {actions.map((c) => (
                  <div key={c.key}>{c.render(row)}</div>
                ))}
              </Group>
            )}
          </Stack>
        </Paper>
      ))}
      <Paper withBorder radius="md">
        {props.footer}
      </Paper>
    </Stack>
  );
}
