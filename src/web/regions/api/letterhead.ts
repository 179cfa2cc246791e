import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LetterheadChange, LetterheadData } from '../../../contract/letterhead';
import { patch } from '../../lib/api';
import { regionQueries } from '../../lib/queries/regions';

export type { LetterheadChange } from '../../../contract/letterhead';

export const useLetterhead = (regionId: string) => useQuery(regionQueries.letterhead(regionId));

export function useUpdateLetterhead(regionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: LetterheadChange) => patch<LetterheadData>(`/api/regions/${regionId}/letterhead`, body),
    onSuccess: (data) => qc.setQueryData(regionQueries.letterhead(regionId).queryKey, data),
  });
}

export const logoUrl = (regionId: string, version: string | null) => `/api/regions/${regionId}/letterhead/logo?v=${encodeURIComponent(version ?? '')}`;
