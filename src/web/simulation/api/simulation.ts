// The simulator runs in the browser; it only fetches the framework versions it scores with.
import { useQuery } from '@tanstack/react-query';
import type { Framework } from '../../../domain/iid/types';
import { get } from '../../lib/api';

export const useFrameworkChoices = () =>
  useQuery({ queryKey: ['frameworks'], queryFn: () => get<{ id: string; name: string; year: number; builtIn: boolean }[]>('/api/frameworks') });

export const useFrameworkData = (id: string) =>
  useQuery({ queryKey: ['framework', id], queryFn: () => get<{ framework: Framework }>(`/api/frameworks/${id}`), enabled: Boolean(id), staleTime: 300_000 });

export interface PeriodState {
  framework: string;
  periodId: string;
  year: number;
  region: { answers: Record<string, number> };
  innovations: { id: string; entryId: string; status: string; sent: boolean; urusan: string[]; answers: Record<string, number> }[];
}

/** The region's registered innovations and their claimed answers (latest period), in the simulator's format. */
/** The latest period's state: the options chosen (claimed) or only what verifiers accepted (verified). */
export const fetchPeriodState = (basis: 'claimed' | 'verified' = 'claimed') => get<PeriodState>('/api/innovations/score-input', { basis });
