// Evidence (bukti dukung) of one owner — an innovation entry (SID) or a period's region items (SPD) —
// shared by the innovation page, the SPD drawer and the verification queue.
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, get, post, withQuery } from '../../lib/api';
import { sendForm } from '../../lib/upload';

export interface Evidence {
  id: string;
  periodId: string;
  entryId: string | null;
  code: string;
  kind: 'file' | 'link';
  fileName: string | null;
  mime: string | null;
  size: number | null;
  url: string | null;
  title: string | null;
  needsRenewal: boolean;
  createdAt: string;
  createdByName: string | null;
  deletedAt: string | null;
}

export type EvidenceOwner = { entryId: string } | { periodId: string };

/** Review state of one answered item, as the answers endpoints return it. */
export interface ItemState {
  value: number;
  reviewStatus: 'menunggu' | 'diterima' | 'dikembalikan' | string;
  reviewNote: string | null;
  reviewedAt: string | null;
  evidenceCount: number;
  renewalCount: number;
}

export const contentUrl = (id: string, download = false) => `/api/evidence/${id}/content${download ? '?download=1' : ''}`;

export const useEvidence = (owner: EvidenceOwner | null) =>
  useQuery({
    queryKey: ['evidence', owner],
    queryFn: () => get<{ items: Evidence[] }>('/api/evidence', owner ?? {}).then((r) => r.items),
    enabled: Boolean(owner),
  });

/** Everything an evidence change can move: lists, answers with their review state, scores, the queue. */
export function invalidateEvidence(qc: QueryClient) {
  const touched = new Set(['evidence', 'innovation-answers', 'region-answers', 'innovations', 'verification', 'region-score']);
  return qc.invalidateQueries({ predicate: (q) => touched.has(String(q.queryKey[0])) });
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
    mutationFn: (body: { code: string; url: string; title?: string }) => post<Evidence>('/api/evidence/links', { ...owner, ...body }),
    onSuccess: () => invalidateEvidence(qc),
  });
}

export function useDeleteEvidence() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (id: string) => api<Evidence>('DELETE', `/api/evidence/${id}`), onSuccess: () => invalidateEvidence(qc) });
}
