// Reads and changes of competitions, entries, judges and scores; every change refreshes the competition queries.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CompetitionRules } from '../../../domain/competitions/template';
import { api, patch, post } from '../../lib/api';
import { type CompetitionDetail, competitionQueries, type EntryDetail, type Reward, type StageProgress } from '../../lib/queries/competitions';

export type {
  Candidate,
  CompetitionDetail,
  CompetitionSummary,
  EntryDetail,
  EntryListItem,
  JudgingDetail,
  Ranking,
  Reward,
  RewardCandidate,
  Rewards,
  StageProgress,
  TemplateSummary,
} from '../../lib/queries/competitions';

export const useTemplates = () => useQuery(competitionQueries.templates());
export const useCompetitions = () => useQuery(competitionQueries.list());
export const useCompetition = (id: string) => useQuery(competitionQueries.detail(id));
export const useCompetitionEntries = (id: string) => useQuery(competitionQueries.entries(id));
export const useCandidates = (id: string, enabled: boolean) => useQuery(competitionQueries.candidates(id, enabled));
export const useCompetitionEntry = (id: string) => useQuery(competitionQueries.entry(id));
export const useStageJudging = (id: string, stageId: string | undefined) => useQuery(competitionQueries.judging(id, stageId));
export const useRanking = (id: string, stageId: string | undefined) => useQuery(competitionQueries.ranking(id, stageId));
export const useMyJudging = () => useQuery(competitionQueries.myJudging());
export const useJudgeSheet = (id: string) => useQuery(competitionQueries.judgeSheet(id));

function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: competitionQueries.all });
}

/** A mutation that refreshes every competition query once it has answered. */
function useChange<I, O>(fn: (input: I) => Promise<O>) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: fn, onSuccess: () => void refresh() });
}

export const useCreateCompetition = () =>
  useChange((body: { templateId?: string; fromCompetitionId?: string; name: string; year: number }) => post<CompetitionDetail>('/api/competitions', body));

export const useUpdateCompetition = (id: string) =>
  useChange((body: { version: number; name?: string; year?: number; registrationCloses?: string | null; rules?: CompetitionRules }) =>
    patch<CompetitionDetail>(`/api/competitions/${id}`, body),
  );

export const useCompetitionStatus = (id: string) =>
  useChange((body: { status: CompetitionDetail['status']; version: number }) => post<CompetitionDetail>(`/api/competitions/${id}/status`, body));

export const useAdvance = (id: string) => useChange((body: { version: number }) => post<CompetitionDetail>(`/api/competitions/${id}/advance`, body));

export const useDecide = (id: string, stageId: string) =>
  useChange((body: { entryId: string; advanced: boolean }) => post(`/api/competitions/${id}/stages/${stageId}/decisions`, body));

export const useEnter = (id: string) =>
  useChange((body: { innovationId: string; groupId: string }) => post<EntryDetail>(`/api/competitions/${id}/entries`, body));

export const saveEntry = (id: string, body: { version: number; groupId?: string; proposal?: Record<string, string> }, signal?: AbortSignal) =>
  api<EntryDetail>('PATCH', `/api/competition-entries/${id}`, body, signal);

export const useEntryAction = (id: string) =>
  useChange(({ action, ...body }: { action: 'propose' | 'withdraw' | 'review'; version: number; decision?: 'accept' | 'return'; note?: string }) =>
    post<EntryDetail>(`/api/competition-entries/${id}/${action}`, body),
  );

export const useSetJudges = (id: string, stageId: string) =>
  useChange((userIds: string[]) => api<StageProgress>('PUT', `/api/competitions/${id}/stages/${stageId}/judges`, { userIds }));

export const useAssign = (id: string, stageId: string) =>
  useChange((body: { mode: 'balanced' } | { mode: 'manual'; judgeId: string; entryId: string; assigned: boolean }) =>
    post<StageProgress>(`/api/competitions/${id}/stages/${stageId}/assignments`, body),
  );

export const saveScore = (competitionId: string, body: { entryId: string; criterionId: string; value?: number | null; comment?: string | null }) =>
  api<{ entryId: string; criterionId: string; value: number | null; comment: string | null }>('PUT', `/api/judging/${competitionId}/scores`, body);

export const useDeclareConflict = (competitionId: string) =>
  useChange((body: { entryId: string; reason: string }) => post(`/api/judging/${competitionId}/conflicts`, body));

export const useInvite = (id: string, stageId: string) =>
  useChange((body: { fullName: string; email?: string }) =>
    post<{ userId: string; username: string; link: string; expiresAt: string; emailed: boolean }>(
      `/api/competitions/${id}/stages/${stageId}/invitations`,
      body,
    ),
  );

export const useRemindJudges = (id: string, stageId: string) =>
  useChange(() => post<{ reminded: number }>(`/api/competitions/${id}/stages/${stageId}/reminders`));

export const useRewards = (year: number) => useQuery(competitionQueries.rewards(year));

export interface RewardFields {
  recipient: string;
  award: string;
  year: number;
  certificate: boolean;
  incentive: string | null;
  incentiveAmount: number | null;
  givenOn: string | null;
  decree: string | null;
  evidenceUrl: string | null;
}

export const useRecordReward = () =>
  useChange(
    (body: RewardFields & { source: 'competition' | 'national' | 'other'; entryId: string; competitionId: string | null; nationalResultId: string | null }) =>
      post<Reward>('/api/innovator-rewards', body),
  );

export const useChangeReward = () =>
  useChange(({ id, ...body }: Partial<RewardFields> & { id: string; version: number }) => patch<Reward>(`/api/innovator-rewards/${id}`, body));

export const useRemoveReward = () => useChange((id: string) => api('DELETE', `/api/innovator-rewards/${id}`));
