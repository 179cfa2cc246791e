import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AnswerInput,
  Entry,
  EntryAnswers,
  EntryCreateInput,
  EntrySaveInput,
  Message,
  Profile,
  ProfileField,
  SentInput,
  SentPreview,
  TransitionInput,
} from '../../../contract/innovations';
import { api, get, post, type Query } from '../../lib/api';
import { evidenceQueries } from '../../lib/queries/evidence';
import { innovationQueries } from '../../lib/queries/innovations';
import { opdQueries } from '../../lib/queries/opds';
import { periodQueries } from '../../lib/queries/periods';
import { scoreQueries } from '../../lib/queries/scores';
import { sendForm } from '../../lib/upload';

export type { Entry, EntrySummary, Profile, ScoreChange, SentPreview } from '../../../contract/innovations';

export const PROFILE_KEYS: ProfileField[] = [
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

export const useEntries = (query: Query) => useQuery({ ...innovationQueries.list(query), placeholderData: keepPreviousData });

export const useEntry = (id: string) => useQuery({ ...innovationQueries.detail(id), refetchOnWindowFocus: false });

export const usePeriodChoices = () => useQuery(periodQueries.list());

export const useOpdOptions = (enabled: boolean) => useQuery({ ...opdQueries.choices(), enabled });

/** The units of an OPD (puskesmas, sekolah, kelurahan, UPT…) an innovation can belong to. */
export const useOpdUnits = (opdId: string | null | undefined) => useQuery(opdQueries.units(opdId));

export function useCreateEntry() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: EntryCreateInput) => post<Entry>('/api/innovations', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: innovationQueries.all }),
  });
}

/** A partial profile save. The fields are as the form holds them: a value the server refuses comes back as a field error. */
export const saveEntry = (id: string, body: Partial<Profile> & Pick<EntrySaveInput, 'version'>, signal?: AbortSignal) =>
  api<Entry>('PATCH', `/api/innovations/entries/${id}`, body, signal);

export const useEntryAnswers = (entryId: string) => useQuery(innovationQueries.answers(entryId));

export const usePeriodFramework = (periodId: string) => useQuery(periodQueries.framework(periodId));

/** Saves one answer on the item version it was chosen on (a newer one on the server answers 409). */
export function useSetAnswer(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ code, value, version }: AnswerInput & { code: string }) =>
      api<EntryAnswers>('PUT', `/api/innovations/entries/${entryId}/answers/${encodeURIComponent(code)}`, { value, version }),
    onSuccess: (data) => {
      qc.setQueryData(innovationQueries.answers(entryId).queryKey, data);
      void qc.invalidateQueries({ queryKey: scoreQueries.all });
      // The evidence pre-check weighs each file against the option chosen now (computed when the list is read).
      void qc.invalidateQueries({ queryKey: evidenceQueries.all });
    },
  });
}

export function useTransition(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionInput) => post<Entry>(`/api/innovations/entries/${entryId}/transition`, body),
    onSuccess: (entry) => {
      qc.setQueryData(innovationQueries.detail(entryId).queryKey, entry);
      void qc.invalidateQueries({ queryKey: innovationQueries.all });
    },
  });
}

/** Why this draft came back from the Kepala OPD (null: it never did, or it is no longer a draft). */
export const useReturnedStep = (entry: Pick<Entry, 'id' | 'periodId' | 'status'>) =>
  useQuery({
    ...innovationQueries.returned(entry.periodId),
    enabled: entry.status === 'draft',
    select: (list) => list.items.find((i) => i.entryId === entry.id) ?? null,
  });

/** What marking this entry sent (or not) would do to the IID, and why it cannot be sent (problem). */
export const fetchSentPreview = (entryId: string, sent: boolean) =>
  get<SentPreview>(`/api/innovations/entries/${entryId}/sent-preview`, { sent: String(sent) });

export function useMarkSent(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SentInput) => post<Entry>(`/api/innovations/entries/${entryId}/sent`, body),
    onSuccess: (entry) => {
      qc.setQueryData(innovationQueries.detail(entryId).queryKey, entry);
      void qc.invalidateQueries({ queryKey: innovationQueries.all });
    },
  });
}

export const attachmentUrl = (entryId: string, messageId: string, index: number) =>
  `/api/innovations/entries/${entryId}/messages/${messageId}/attachments/${index}`;

export const useMessages = (entryId: string) => useQuery(innovationQueries.messages(entryId));

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
    onSuccess: () => qc.invalidateQueries({ queryKey: innovationQueries.messages(entryId).queryKey }),
  });
}
