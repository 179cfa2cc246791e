import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Framework } from '../../../domain/iid/types';
import { api, get, type Page, post } from '../../lib/api';
import { sendForm } from '../../lib/upload';
import type { ItemState } from '../../ui/evidence/api';

export interface EntrySummary {
  id: string;
  innovationId: string;
  periodId: string;
  opdId: string;
  opdName: string;
  unitName: string | null;
  status: string;
  sent: boolean;
  name: string;
  tahapan: string | null;
  jenis: string | null;
  rancangBangunWords: number;
  updatedAt: string;
  maturity: number;
  maturityVerified: number;
  review: { menunggu: number; diterima: number; dikembalikan: number; missingEvidence: number };
  belowThreshold: boolean | null;
}

export interface Profile {
  name: string;
  unitId: string | null;
  tahapan: string | null;
  inisiatorType: string | null;
  inisiatorName: string | null;
  jenis: string | null;
  bentuk: string | null;
  tematik: string | null;
  urusanUtama: string | null;
  urusanLain: string[];
  waktuUjiCoba: string | null;
  waktuPenerapan: string | null;
  rancangBangun: string | null;
  tujuan: string | null;
  manfaat: string | null;
  hasil: string | null;
  lokasi: string | null;
  haki: string | null;
  penghargaan: string | null;
}

export interface Entry extends Profile {
  id: string;
  periodId: string;
  periodYear: number;
  periodStatus: string;
  opdId: string;
  opdName: string;
  unitName: string | null;
  status: string;
  sent: boolean;
  rancangBangunWords: number;
  eligibility: { code: string; from?: string; until?: string }[];
  version: number;
  updatedAt: string;
}

export const PROFILE_KEYS: (keyof Profile)[] = [
  'name',
  'unitId',
  'tahapan',
  'inisiatorType',
  'inisiatorName',
  'jenis',
  'bentuk',
  'tematik',
  'urusanUtama',
  'urusanLain',
  'waktuUjiCoba',
  'waktuPenerapan',
  'rancangBangun',
  'tujuan',
  'manfaat',
  'hasil',
  'lokasi',
  'haki',
  'penghargaan',
];

export const useEntries = (query: Record<string, string | number | undefined>) =>
  useQuery({ queryKey: ['innovations', query], queryFn: () => get<Page<EntrySummary>>('/api/innovations', query), placeholderData: keepPreviousData });

export const useEntry = (id: string) =>
  useQuery({ queryKey: ['innovation', id], queryFn: () => get<Entry>(`/api/innovations/entries/${id}`), refetchOnWindowFocus: false });

export const usePeriodChoices = () =>
  useQuery({ queryKey: ['periods'], queryFn: () => get<{ id: string; year: number; status: string; frameworkName: string }[]>('/api/periods') });

export const useOpdOptions = (enabled: boolean) =>
  useQuery({
    queryKey: ['opd-options'],
    queryFn: () => get<Page<{ id: string; name: string; shortName: string }>>('/api/opds', { pageSize: 100, active: 'true' }),
    enabled,
    staleTime: 60_000,
  });

export interface UnitOption {
  id: string;
  name: string;
  kind: string;
  active: boolean;
}

/** The units of an OPD (puskesmas, sekolah, kelurahan, UPT…) an innovation can belong to. */
export const useOpdUnits = (opdId: string | null | undefined) =>
  useQuery({
    queryKey: ['opd-units', opdId],
    queryFn: async () => (await get<{ units: UnitOption[] }>(`/api/opds/${opdId}`)).units,
    enabled: Boolean(opdId),
    staleTime: 60_000,
  });

export function useCreateEntry() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; opdId?: string; unitId?: string | null; periodId?: string }) => post<Entry>('/api/innovations', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['innovations'] }),
  });
}

export const saveEntry = (id: string, body: Partial<Profile> & { version: number }, signal?: AbortSignal) =>
  api<Entry>('PATCH', `/api/innovations/entries/${id}`, body, signal);

export interface EntryAnswers {
  entryId: string;
  frameworkId: string;
  answers: Record<string, number>;
  items: Record<string, ItemState>;
  maturity: number;
  maturityVerified: number;
  maturityMax: number;
  missingEvidence: string[];
}

export const useEntryAnswers = (entryId: string) =>
  useQuery({ queryKey: ['innovation-answers', entryId], queryFn: () => get<EntryAnswers>(`/api/innovations/entries/${entryId}/answers`) });

export const usePeriodFramework = (periodId: string) =>
  useQuery({ queryKey: ['period-framework', periodId], queryFn: () => get<Framework>(`/api/periods/${periodId}/framework`), staleTime: 600_000 });

export function useSetAnswer(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ code, value }: { code: string; value: number }) =>
      api<EntryAnswers>('PUT', `/api/innovations/entries/${entryId}/answers/${encodeURIComponent(code)}`, { value }),
    onSuccess: (data) => {
      qc.setQueryData(['innovation-answers', entryId], data);
      void qc.invalidateQueries({ queryKey: ['region-score'] });
    },
  });
}

export function useTransition(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { action: 'submit' | 'approve' | 'return'; note?: string }) => post<Entry>(`/api/innovations/entries/${entryId}/transition`, body),
    onSuccess: (entry) => {
      qc.setQueryData(['innovation', entryId], entry);
      void qc.invalidateQueries({ queryKey: ['innovations'] });
    },
  });
}

export interface ReturnedStep {
  entryId: string;
  note: string | null;
  returnedAt: string;
  returnedBy: string;
}

/** Why this draft came back from the Kepala OPD (null: it never did, or it is no longer a draft). */
export const useReturnedStep = (entry: { id: string; periodId: string; status: string }) =>
  useQuery({
    queryKey: ['innovations', 'returned', entry.periodId],
    queryFn: () => get<{ items: ReturnedStep[] }>('/api/innovations/returned', { periodId: entry.periodId }),
    enabled: entry.status === 'draft',
    select: (list) => list.items.find((i) => i.entryId === entry.id) ?? null,
  });

export interface ScoreChange {
  before: { iid: number; iidExact: number; predicate: string; sent: number };
  after: { iid: number; iidExact: number; predicate: string; sent: number };
  delta: number;
}

/** What marking this entry sent (or not) would do to the IID, and why it cannot be sent (problem). */
export interface SentPreview {
  sent: boolean;
  maturity: number;
  threshold: number | null;
  belowThreshold: boolean;
  problem: { code: string; message: string } | null;
  claimed: ScoreChange;
  verified: ScoreChange;
}

export const fetchSentPreview = (entryId: string, sent: boolean) =>
  get<SentPreview>(`/api/innovations/entries/${entryId}/sent-preview`, { sent: String(sent) });

export function useMarkSent(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { sent: boolean; confirmBelowThreshold?: boolean }) => post<Entry>(`/api/innovations/entries/${entryId}/sent`, body),
    onSuccess: (entry) => {
      qc.setQueryData(['innovation', entryId], entry);
      void qc.invalidateQueries({ queryKey: ['innovations'] });
    },
  });
}

export interface Message {
  id: string;
  authorName: string;
  authorRole: string;
  body: string;
  createdAt: string;
  mine: boolean;
  attachments: { index: number; name: string; mime: string; size: number }[];
}

export const attachmentUrl = (entryId: string, messageId: string, index: number) =>
  `/api/innovations/entries/${entryId}/messages/${messageId}/attachments/${index}`;

export const useMessages = (entryId: string) =>
  useQuery({ queryKey: ['innovation-messages', entryId], queryFn: () => get<Message[]>(`/api/innovations/entries/${entryId}/messages`) });

/** A message, with attachments sent as one multipart request (progress reported) when there are any. */
export function usePostMessage(entryId: string, onProgress: (fraction: number) => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ body, files }: { body: string; files: File[] }) => {
      if (!files.length) return post<Message>(`/api/innovations/entries/${entryId}/messages`, { body });
      const form = new FormData();
      form.append('body', body);
      for (const f of files) form.append('file', f, f.name);
      return sendForm<Message>(`/api/innovations/entries/${entryId}/messages/with-files`, form, onProgress).done;
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: ['innovation-messages', entryId] }),
  });
}
