// IPKD through the API: framework versions, the region's measurement years, values saved field by field on the
// version seen, documents, review and the official result.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { IpkdValue, IpkdYearDetail, IpkdYearSummary, ipkdFrameworkEnvelope, ipkdFrameworkSummary } from '../../../contract/ipkd';
import type { IpkdFramework } from '../../../domain/ipkd/framework';
import { api, get, patch, post } from '../../lib/api';
import { ipkdYearsQuery } from '../../lib/queries/ipkd';
import { sendForm } from '../../lib/upload';

export type { IpkdValue, IpkdYearDetail, IpkdYearSummary } from '../../../contract/ipkd';
export type IpkdFrameworkSummary = z.infer<typeof ipkdFrameworkSummary>;
export type IpkdFrameworkEnvelope = Omit<z.infer<typeof ipkdFrameworkEnvelope>, 'framework'> & { framework: IpkdFramework };
export type IpkdYear = Omit<IpkdYearDetail, 'framework'> & { framework: IpkdFramework };

export const ipkdQueries = {
  years: ipkdYearsQuery,
  year: (year: number) => queryOptions({ queryKey: ['ipkd', 'year', year] as const, queryFn: () => get<IpkdYear>(`/api/ipkd/years/${year}`) }),
  frameworks: () => queryOptions({ queryKey: ['ipkd', 'frameworks'] as const, queryFn: () => get<IpkdFrameworkSummary[]>('/api/ipkd/frameworks') }),
  framework: (id: string) =>
    queryOptions({
      queryKey: ['ipkd', 'framework', id] as const,
      queryFn: () => get<IpkdFrameworkEnvelope>(`/api/ipkd/frameworks/${id}`),
      enabled: Boolean(id),
    }),
};

export const useIpkdYears = () => useQuery(ipkdQueries.years());
export const useIpkdYear = (year: number) => useQuery(ipkdQueries.year(year));
export const useIpkdFrameworks = () => useQuery(ipkdQueries.frameworks());
export const useIpkdFramework = (id: string) => useQuery(ipkdQueries.framework(id));

export type ValuePatch = { version: number; value?: number | string | null; documentDate?: string | null; note?: string | null };

export const saveIpkdValue = (year: number, indicatorId: string, body: ValuePatch) =>
  patch<IpkdValue>(`/api/ipkd/years/${year}/values/${encodeURIComponent(indicatorId)}`, body);

export const uploadIpkdDocument = (year: number, indicatorId: string, file: File, onProgress: (f: number) => void) => {
  const form = new FormData();
  form.append('file', file, file.name);
  return sendForm<IpkdValue>(`/api/ipkd/years/${year}/values/${encodeURIComponent(indicatorId)}/documents`, form, onProgress);
};

function useInvalidateIpkd() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['ipkd'] });
}

export function useOpenIpkdYear() {
  const invalidate = useInvalidateIpkd();
  return useMutation({
    mutationFn: (body: { measurementYear: number; frameworkId: string; fiscalCapacity: string | null }) => post<IpkdYearSummary>('/api/ipkd/years', body),
    onSuccess: invalidate,
  });
}

export function usePatchIpkdYear(year: number) {
  const invalidate = useInvalidateIpkd();
  return useMutation({
    mutationFn: (body: Record<string, unknown> & { version: number }) => patch<IpkdYearSummary>(`/api/ipkd/years/${year}`, body),
    onSuccess: invalidate,
  });
}

export function useIpkdValueAction(year: number) {
  const invalidate = useInvalidateIpkd();
  return useMutation({
    mutationFn: ({ indicatorId, action, body }: { indicatorId: string; action: 'submit' | 'review' | 'documents'; body: unknown }) =>
      post<IpkdValue>(`/api/ipkd/years/${year}/values/${encodeURIComponent(indicatorId)}/${action}`, body),
    onSettled: invalidate,
  });
}

export function useRemoveIpkdDocument() {
  const invalidate = useInvalidateIpkd();
  return useMutation({ mutationFn: (id: string) => api('DELETE', `/api/ipkd/documents/${id}`), onSettled: invalidate });
}

export function useSubmitAllIpkd(year: number) {
  const invalidate = useInvalidateIpkd();
  return useMutation({
    mutationFn: () => post<{ sent: number; notReady: { indicatorId: string; code: string }[] }>(`/api/ipkd/years/${year}/submit`),
    onSettled: invalidate,
  });
}

export function useCloneIpkdFramework() {
  const invalidate = useInvalidateIpkd();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; name?: string; measurementYear?: number }) =>
      post<IpkdFrameworkEnvelope>(`/api/ipkd/frameworks/${id}/clone`, body),
    onSuccess: invalidate,
  });
}

export function useSaveIpkdFramework(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { framework: IpkdFramework; version: number }) => api<IpkdFrameworkEnvelope>('PUT', `/api/ipkd/frameworks/${id}`, body),
    onSuccess: (saved) => {
      qc.setQueryData(ipkdQueries.framework(id).queryKey, saved);
      void qc.invalidateQueries({ queryKey: ipkdQueries.frameworks().queryKey });
    },
  });
}

export function useImportIpkdFramework() {
  const invalidate = useInvalidateIpkd();
  return useMutation({ mutationFn: (framework: unknown) => post<IpkdFrameworkEnvelope>('/api/ipkd/frameworks/import', { framework }), onSuccess: invalidate });
}

export function useDeleteIpkdFramework() {
  const invalidate = useInvalidateIpkd();
  return useMutation({ mutationFn: (id: string) => api('DELETE', `/api/ipkd/frameworks/${id}`), onSuccess: invalidate });
}
