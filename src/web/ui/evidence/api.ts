// Evidence (bukti dukung) of one owner — an innovation entry (SID) or a period's region items (SPD) —
// shared by the innovation page, the SPD drawer and the verification queue.
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import i18n from '../../i18n';
import { ApiError, api, get, post, withQuery } from '../../lib/api';

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

/**
 * Uploads one file with progress (fetch cannot report upload progress, XHR can). The body is streamed by
 * the browser from disk; abort() cancels it and nothing partial is kept on the server.
 */
export function uploadFile(owner: EvidenceOwner, code: string, file: File, onProgress: (fraction: number) => void) {
  const xhr = new XMLHttpRequest();
  const done = new Promise<Evidence>((resolve, reject) => {
    xhr.open('POST', withQuery('/api/evidence/files', { ...owner, code }));
    xhr.setRequestHeader('X-Requested-With', 'inovda');
    xhr.setRequestHeader('Accept-Language', i18n.language === 'en' ? 'en' : 'id');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let data: { error?: { code: string; message: string; fields?: Record<string, string> } } | Evidence | undefined;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        data = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(data as Evidence);
      const err = (data as { error?: { code: string; message: string; fields?: Record<string, string> } } | undefined)?.error;
      reject(new ApiError(xhr.status, err?.code ?? 'internal', err?.fields?.file ?? err?.message ?? i18n.t('errors.unexpected'), err?.fields ?? {}));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', i18n.t('errors.network')));
    xhr.onabort = () => reject(new ApiError(0, 'aborted', i18n.t('evidence.cancelled')));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
  return { done, abort: () => xhr.abort() };
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
