// The simulator runs in the browser; it only fetches the framework versions it scores with.
import { useQuery } from '@tanstack/react-query';
import type { Basis, PeriodScoreInput } from '../../../contract/scores';
import { get } from '../../lib/api';
import { frameworkQueries } from '../../lib/queries/frameworks';

export const useFrameworkChoices = () => useQuery(frameworkQueries.list());

export const useFrameworkData = (id: string) => useQuery({ ...frameworkQueries.detail(id), staleTime: 300_000 });

/** The latest period's state: the options chosen (claimed) or only what verifiers accepted (verified). */
export const fetchPeriodState = (basis: Basis = 'claimed') => get<PeriodScoreInput>('/api/innovations/score-input', { basis });
