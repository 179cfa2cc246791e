import { queryOptions } from '@tanstack/react-query';
import type { OpdDetail, OpdPage, Unit } from '../../../contract/opds';
import { get, type Query } from '../api';

/** A region has tens of OPDs, not thousands: one page holds every choice. */
const CHOICES = { pageSize: 100, active: 'true' } as const;

export const opdQueries = {
  all: ['opds'] as const,
  list: (query: Query) => queryOptions({ queryKey: ['opds', 'list', query] as const, queryFn: () => get<OpdPage>('/api/opds', query) }),
  /** The active OPDs of a region (default: the user's own) as choices for a filter or a field. */
  choices: (regionId?: string | null) =>
    queryOptions({
      queryKey: ['opd-choices', regionId ?? null] as const,
      queryFn: () => get<OpdPage>('/api/opds', { ...CHOICES, regionId: regionId ?? undefined }),
      staleTime: 60_000,
    }),
  details: ['opd'] as const,
  detail: (id: string) => queryOptions({ queryKey: ['opd', id] as const, queryFn: () => get<OpdDetail>(`/api/opds/${id}`) }),
  /** The units of an OPD (puskesmas, sekolah, kelurahan, UPT…) an innovation can belong to. */
  units: (opdId: string | null | undefined) =>
    queryOptions({
      queryKey: ['opd-units', opdId] as const,
      queryFn: async (): Promise<Unit[]> => (await get<OpdDetail>(`/api/opds/${opdId}`)).units,
      enabled: Boolean(opdId),
      staleTime: 60_000,
    }),
};
