// Evidence (bukti dukung) of one owner — an innovation entry (SID) or a period's region items (SPD) —
// shared by the innovation page, the SPD drawer and the verification queue.
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Evidence, LinkInput } from '../../../contract/evidence';
import { api, post, withQuery } from '../../lib/api';
import { type EvidenceOwner, evidenceQueries } from '../../lib/queries/evidence';
import { innovationQueries } from '../../lib/queries/innovations';
import { periodQueries } from '../../lib/queries/periods';
import { scoreQueries } from '../../lib/queries/scores';
import { verificationQueries } from '../../lib/queries/verification';
import { sendForm } from '../../lib/upload';

export type { ItemState } from '../../../contract/common';
export type { Evidence } from '../../../contract/evidence';
export type { EvidenceOwner } from '../../lib/queries/evidence';

export const contentUrl = (id: string, download = false) => `/api/evidence/${id}/content${download ? '?download=1' : ''}`;

/** An owner's evidence with each item's pre-check, read again every moment while a check is still running. */
export function useEvidence(owner: EvidenceOwner | null) {
  const { i18n } = useTranslation();
  return useQuery(evidenceQueries.ofOwner(owner, i18n.language === 'en' ? 'en' : 'id'));
}

/** What the server can read on this installation (OCR of scans may be missing). */
export const useCheckCapabilities = () => useQuery(evidenceQueries.checkCapabilities());

/** Reads an evidence item again (202: queued); the list is read again and polled while the reading runs. */
export function useRecheckEvidence() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => post<unknown>(`/api/evidence/${id}/check`),
    onSuccess: () => qc.invalidateQueries({ queryKey: evidenceQueries.all }),
  });
}

/** Everything an evidence change can move: lists, answers with their review state, scores, the queue. */
export function invalidateEvidence(qc: QueryClient) {
  const touched = new Set<unknown>(
    [evidenceQueries.all, innovationQueries.allAnswers, periodQueries.allRegionAnswers, innovationQueries.all, verificationQueries.all, scoreQueries.all].map(
      ([root]) => root,
    ),
  );
  return qc.invalidateQueries({ predicate: (q) => touched.has(q.queryKey[0]) });
}

/** Uploads one evidence file with progress; the browser streams it from disk. */
export function uploadFile(owner: EvidenceOwner, code: string, file: File, onProgress: (fraction: number) => void) {
  const form = new FormData();
  form.append('file', file, file.name);
  return sendForm<Evidence>(withQuery('/api/evidence/files', { ...owner, code }), form, onProgress);
}

export function useAddLink(owner: EvidenceOwner) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<LinkInput, 'entryId' | 'periodId'>) => post<Evidence>('/api/evidence/links', { ...owner, ...body }),
    onSuccess: () => invalidateEvidence(qc),
  });
}

export function useDeleteEvidence() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (id: string) => api<Evidence>('DELETE', `/api/evidence/${id}`), onSuccess: () => invalidateEvidence(qc) });
}
