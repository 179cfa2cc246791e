// The simulator runs in the browser; it only fetches the framework versions it scores with.
import { useQuery } from '@tanstack/react-query';
import type { Framework } from '../../../domain/iid/types';
import { get } from '../../lib/api';

export const useFrameworkChoices = () =>
  useQuery({ queryKey: ['frameworks'], queryFn: () => get<{ id: string; name: string; year: number; builtIn: boolean }[]>('/api/frameworks') });

export const useFrameworkData = (id: string) =>
  useQuery({ queryKey: ['framework', id], queryFn: () => get<{ framework: Framework }>(`/api/frameworks/${id}`), enabled: Boolean(id), staleTime: 300_000 });
