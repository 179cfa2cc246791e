// Page, search (debounced), sort and filters of one list; changing any of them goes back to page 1. Kept with
// the history entry (useRememberedState), so Back from an innovation returns to the list as it was left.
import { useDebouncedValue } from '@mantine/hooks';
import type { SortState } from './DataTable';
import { useRememberedState } from './useRememberedState';

/** `name` tells the lists apart in the remembered state (one page may show more than one list). */
export function useListState<F extends Record<string, string | undefined>>(name: string, initialSort: SortState, initialFilters: F) {
  const [page, setPage] = useRememberedState(`${name}:page`, 1);
  const [search, setSearchRaw] = useRememberedState(`${name}:search`, '');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [sort, setSortRaw] = useRememberedState(`${name}:sort`, initialSort);
  const [filters, setFiltersRaw] = useRememberedState(`${name}:filters`, initialFilters);
  return {
    page,
    setPage,
    search,
    setSearch: (v: string) => {
      setSearchRaw(v);
      setPage(1);
    },
    sort,
    setSort: (s: SortState) => {
      setSortRaw(s);
      setPage(1);
    },
    filters,
    setFilter: (key: keyof F, value: string | undefined) => {
      setFiltersRaw((f) => ({ ...f, [key]: value || undefined }));
      setPage(1);
    },
    /** A search or any filter is set: an empty list then means nothing matches, not that there is nothing yet. */
    narrowed: Boolean(search.trim()) || Object.values(filters).some((v) => v !== undefined && v !== ''),
    query: { page, pageSize: 20, q: q || undefined, sort: sort.sort, dir: sort.dir, ...filters },
  };
}
