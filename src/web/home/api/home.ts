// What the home pages read. Every count comes from the same list endpoint (and the same default filters) as
// the page it links to, so the number on the home page is the number of rows the user finds there.
import { useQuery } from '@tanstack/react-query';
import { get, type Page } from '../../lib/api';

/** The total of a list endpoint, asked for one row. */
export const useTotal = (key: string, path: string, query: Record<string, string> = {}, enabled = true) =>
  useQuery({
    queryKey: ['home-total', key, query],
    queryFn: () => get<Page<unknown>>(path, { ...query, pageSize: 1 }).then((p) => p.total),
    enabled,
  });

export interface HomePeriod {
  id: string;
  year: number;
  status: string;
  penjaringanClosesOn: string;
  internalDeadline: string | null;
}

/** The period the Verifikasi and Inovasi pages open on: the open one, else the latest. */
export const useCurrentPeriod = (enabled = true) =>
  useQuery({
    queryKey: ['periods'],
    queryFn: () => get<HomePeriod[]>('/api/periods'),
    enabled,
    select: (list) => list.find((p) => p.status === 'open') ?? list[0] ?? null,
  });

export interface VerificationSummary {
  counts: { menunggu: number; diterima: number; dikembalikan: number };
  byVerifier: { userId: string; opdIds: string[]; pending: number }[];
  pendingByOpd: { opdId: string; opdName: string; pending: number }[];
}

export const useVerificationSummary = (periodId: string | undefined) =>
  useQuery({
    queryKey: ['verification', 'summary', periodId],
    queryFn: () => get<VerificationSummary>('/api/verification/summary', { periodId: periodId ?? '' }),
    enabled: Boolean(periodId),
  });

export interface ReturnedAnswer {
  entryId: string | null;
  entryName: string | null;
  code: string;
  indicatorName: string;
  reviewNote: string | null;
  reviewedByName: string | null;
}

/** Items a verifier returned, in the viewer's scope (the server keeps OPD roles to their own OPD). */
export const useReturnedAnswers = (periodId: string | undefined) =>
  useQuery({
    queryKey: ['verification', 'queue', 'home-returned', periodId],
    queryFn: () => get<Page<ReturnedAnswer>>('/api/verification/queue', { periodId: periodId ?? '', status: 'dikembalikan', pageSize: 100 }),
    enabled: Boolean(periodId),
  });

export interface ReturnedEntry {
  entryId: string;
  name: string;
  opdName: string;
  note: string | null;
  returnedAt: string;
  returnedBy: string;
}

export const useReturnedEntries = () =>
  useQuery({ queryKey: ['innovations', 'returned'], queryFn: () => get<{ items: ReturnedEntry[]; total: number }>('/api/innovations/returned') });

export interface InboxEntry {
  id: string;
  name: string;
  opdName: string;
  unitName: string | null;
  updatedAt: string;
}

/** Innovations submitted and waiting for the Kepala OPD (the server keeps a Kepala to their own OPD). */
export const useApprovalInbox = (enabled: boolean) =>
  useQuery({
    queryKey: ['innovations', 'home-inbox'],
    queryFn: () => get<Page<InboxEntry>>('/api/innovations', { status: 'diajukan', sort: 'updatedAt', dir: 'asc', pageSize: 100 }),
    enabled,
  });
