// Page, search (debounced), sort and filters of one list; changing any of them goes back to page 1.
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { SortState } from './DataTable';

export function useListState<F extends Record<string, string | undefined>>(initialSort: SortState, initialFilters: F) {
  const [page, setPage] = useState(1);
  const [search, setSearchRaw] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [sort, setSortRaw] = useState(initialSort);
  const [filters, setFiltersRaw] = useState(initialFilters);
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
