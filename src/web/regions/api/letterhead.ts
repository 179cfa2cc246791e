import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Letterhead } from '../../../domain/reports/letterhead';
import { get, patch } from '../../lib/api';

export type LetterheadData = Letterhead & { updatedAt: string | null };

/** Text fields of the letterhead; every one optional in a change (absent = unchanged, null = cleared). */
export type LetterheadChange = Partial<Omit<Letterhead, 'hasLogo'>> & { logo?: string | null };

export const useLetterhead = (regionId: string) =>
  useQuery({ queryKey: ['letterhead', regionId], queryFn: () => get<LetterheadData>(`/api/regions/${regionId}/letterhead`) });

export function useUpdateLetterhead(regionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: LetterheadChange) => patch<LetterheadData>(`/api/regions/${regionId}/letterhead`, body),
    onSuccess: (data) => qc.setQueryData(['letterhead', regionId], data),
  });
}

export const logoUrl = (regionId: string, version: string | null) => `/api/regions/${regionId}/letterhead/logo?v=${encodeURIComponent(version ?? '')}`;
