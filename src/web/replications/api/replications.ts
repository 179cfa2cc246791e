// Reads and changes of replication requests and cooperation agreements; every change refreshes them (and the
// innovation's scores, which an agreement can raise).
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  agreedResponse,
  Cooperation,
  cooperationCreateBody,
  InnovationReplications,
  partnerRegions,
  Replication,
  ReplicationCandidate,
  replicationRequestBody,
} from '../../../contract/replications';
import type { ReplicationStatus } from '../../../domain/catalogue/replication';
import { api, get, patch, post, withQuery } from '../../lib/api';
import { sendForm } from '../../lib/upload';

export type { Cooperation, InnovationReplications, Replication, ReplicationCandidate };
export type ReplicationRequest = z.input<typeof replicationRequestBody>;
export type Agreed = z.infer<typeof agreedResponse>;
export type CooperationInput = z.input<typeof cooperationCreateBody>;

export const replicationQueries = {
  all: ['replications'] as const,
  list: (direction: 'incoming' | 'outgoing', status: ReplicationStatus | null) =>
    queryOptions({
      queryKey: ['replications', 'list', direction, status] as const,
      queryFn: () => get<{ items: Replication[] }>('/api/replications', { direction, status }),
    }),
  ofEntry: (entryId: string) =>
    queryOptions({ queryKey: ['replications', 'entry', entryId] as const, queryFn: () => get<InnovationReplications>(`/api/replications/entries/${entryId}`) }),
  cooperation: (filters: { q?: string; kind?: string | null; validity?: string }) =>
    queryOptions({
      queryKey: ['replications', 'cooperation', filters] as const,
      queryFn: () => get<{ items: Cooperation[] }>('/api/cooperation', { q: filters.q || undefined, kind: filters.kind, validity: filters.validity }),
    }),
  regions: () =>
    queryOptions({
      queryKey: ['replications', 'regions'] as const,
      queryFn: () => get<z.infer<typeof partnerRegions>>('/api/replications/regions'),
      staleTime: 300_000,
    }),
};

export const useReplications = (direction: 'incoming' | 'outgoing', status: ReplicationStatus | null) => useQuery(replicationQueries.list(direction, status));
export const useEntryReplications = (entryId: string) => useQuery(replicationQueries.ofEntry(entryId));
export const useCooperation = (filters: { q?: string; kind?: string | null; validity?: string }) => useQuery(replicationQueries.cooperation(filters));
export const usePartnerRegions = (enabled: boolean) => useQuery({ ...replicationQueries.regions(), enabled });

/** The region's innovations to link an agreement to (newest period's names). */
export const useRegionInnovations = () =>
  useQuery({
    queryKey: ['replications', 'innovations'] as const,
    queryFn: () => get<{ items: { id: string; innovationId: string; name: string }[] }>(withQuery('/api/innovations', { pageSize: 100 })),
    staleTime: 60_000,
  });

function useChange<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: replicationQueries.all });
      // An agreement can raise the innovation's Replikasi item and the region's IID.
      qc.invalidateQueries({ queryKey: ['innovations'] });
      qc.invalidateQueries({ queryKey: ['scores'] });
    },
  });
}

/** Agreeing: the agreement's fields and its document in one multipart request, with upload progress. */
export function agreeWith(
  id: string,
  fields: { version: number; agreementKind: string; agreementNumber: string; agreementDate: string; answerNote: string },
  file: File,
  onProgress: (f: number) => void,
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, String(v));
  form.append('file', file);
  return sendForm<Agreed>(`/api/replications/${id}/agreement`, form, onProgress);
}

export const useRefreshReplications = () => {
  const qc = useQueryClient();
  return () => {
    qc.invalidateQueries({ queryKey: replicationQueries.all });
    qc.invalidateQueries({ queryKey: ['innovations'] });
    qc.invalidateQueries({ queryKey: ['scores'] });
  };
};

export const useChangeReplication = () =>
  useChange(({ id, ...body }: { id: string; version: number; status?: 'declined' | 'implemented'; answerNote?: string | null; implementedOn?: string }) =>
    patch<Replication>(`/api/replications/${id}`, body),
  );

/** Innovations the user may ask to replicate, by name (or the one a link names). */
export const useReplicationCandidates = (q: string, innovationId: string | null) =>
  useQuery({
    queryKey: ['replications', 'candidates', q, innovationId] as const,
    queryFn: () => get<{ items: ReplicationCandidate[] }>('/api/replications/candidates', { q: q || undefined, innovationId }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

export const useRequestReplication = () => useChange((body: ReplicationRequest) => post<Replication>('/api/replications', body));

export const useCreateCooperation = () => useChange((body: CooperationInput) => post<Cooperation>('/api/cooperation', body));
export const useChangeCooperation = () =>
  useChange(({ id, ...body }: Partial<CooperationInput> & { id: string; version: number }) => patch<Cooperation>(`/api/cooperation/${id}`, body));
export const useRemoveCooperation = () => useChange((id: string) => api('DELETE', `/api/cooperation/${id}`));

export function uploadCooperationDocument(id: string, version: number, file: File, onProgress: (f: number) => void) {
  const form = new FormData();
  form.append('file', file);
  return sendForm<Cooperation>(`/api/cooperation/${id}/document?version=${version}`, form, onProgress);
}
