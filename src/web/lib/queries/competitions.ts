// Competition queries: all under 'competitions', so any change of a competition, entry or score refreshes them.
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  candidate,
  competitionDetail,
  competitionSummary,
  entryDetail,
  entryListItem,
  innovationCompetitions,
  judgingDetail,
  judgingItem,
  nationalResult,
  rankingResponse,
  rewardsResponse,
  stageProgress,
  templateSummary,
} from '../../../contract/competitions';
import { get } from '../api';

export type TemplateSummary = z.infer<typeof templateSummary>;
export type CompetitionSummary = z.infer<typeof competitionSummary>;
export type CompetitionDetail = z.infer<typeof competitionDetail>;
export type EntryListItem = z.infer<typeof entryListItem>;
export type EntryDetail = z.infer<typeof entryDetail>;
export type Candidate = z.infer<typeof candidate>;
export type StageProgress = z.infer<typeof stageProgress>;
export type Ranking = z.infer<typeof rankingResponse>;
export type JudgingItem = z.infer<typeof judgingItem>;
export type JudgingDetail = z.infer<typeof judgingDetail>;
export type InnovationCompetitions = z.infer<typeof innovationCompetitions>;
export type NationalResultRow = z.infer<typeof nationalResult>;
export type Rewards = z.infer<typeof rewardsResponse>;
export type Reward = Rewards['rewards'][number];
export type RewardCandidate = Rewards['candidates'][number];

export const competitionQueries = {
  all: ['competitions'] as const,
  templates: () =>
    queryOptions({
      queryKey: ['competitions', 'templates'] as const,
      queryFn: () => get<TemplateSummary[]>('/api/competition-templates'),
      staleTime: Infinity,
    }),
  list: () => queryOptions({ queryKey: ['competitions', 'list'] as const, queryFn: () => get<CompetitionSummary[]>('/api/competitions') }),
  detail: (id: string) => queryOptions({ queryKey: ['competitions', 'detail', id] as const, queryFn: () => get<CompetitionDetail>(`/api/competitions/${id}`) }),
  entries: (id: string) =>
    queryOptions({ queryKey: ['competitions', 'entries', id] as const, queryFn: () => get<EntryListItem[]>(`/api/competitions/${id}/entries`) }),
  candidates: (id: string, enabled: boolean) =>
    queryOptions({ queryKey: ['competitions', 'candidates', id] as const, queryFn: () => get<Candidate[]>(`/api/competitions/${id}/candidates`), enabled }),
  entry: (id: string) => queryOptions({ queryKey: ['competitions', 'entry', id] as const, queryFn: () => get<EntryDetail>(`/api/competition-entries/${id}`) }),
  judging: (id: string, stageId: string | undefined) =>
    queryOptions({
      queryKey: ['competitions', 'judging', id, stageId] as const,
      queryFn: () => get<StageProgress>(`/api/competitions/${id}/stages/${stageId}/judging`),
      enabled: Boolean(stageId),
    }),
  ranking: (id: string, stageId: string | undefined) =>
    queryOptions({
      queryKey: ['competitions', 'ranking', id, stageId] as const,
      queryFn: () => get<Ranking>(`/api/competitions/${id}/stages/${stageId}/ranking`),
      enabled: Boolean(stageId),
    }),
  myJudging: () => queryOptions({ queryKey: ['competitions', 'my-judging'] as const, queryFn: () => get<JudgingItem[]>('/api/judging') }),
  judgeSheet: (id: string) => queryOptions({ queryKey: ['competitions', 'judge-sheet', id] as const, queryFn: () => get<JudgingDetail>(`/api/judging/${id}`) }),
  national: (entryId: string) =>
    queryOptions({
      queryKey: ['competitions', 'national', entryId] as const,
      queryFn: () => get<NationalResultRow[]>(`/api/innovations/entries/${entryId}/national-results`),
    }),
  /** Innovator rewards (SPD 12) with what they support for `year`'s period. */
  rewards: (year: number) =>
    queryOptions({ queryKey: ['competitions', 'rewards', year] as const, queryFn: () => get<Rewards>(`/api/innovator-rewards?year=${year}`) }),
  ofInnovationEntry: (entryId: string) =>
    queryOptions({
      queryKey: ['competitions', 'of-entry', entryId] as const,
      queryFn: () => get<InnovationCompetitions>(`/api/innovations/entries/${entryId}/competitions`),
    }),
};
