// What the home pages read. Every count comes from the same list endpoint (and the same default filters) as
// the page it links to, so the number on the home page is the number of rows the user finds there.
import { useQuery } from '@tanstack/react-query';
import { homeQueries } from '../../lib/queries/home';
import { innovationQueries } from '../../lib/queries/innovations';
import { periodQueries } from '../../lib/queries/periods';
import { scoreQueries } from '../../lib/queries/scores';
import { verificationQueries } from '../../lib/queries/verification';

export type { ScoreSummary } from '../../../contract/scores';

/** The region's IID in the latest period, claimed and verified. */
export const useRegionScore = (enabled = true) => useQuery({ ...scoreQueries.region(), retry: false, enabled });

/** The total of a list endpoint, asked for one row. */
export const useTotal = (key: string, path: string, query: Record<string, string> = {}, enabled = true) =>
  useQuery({ ...homeQueries.total(key, path, query), enabled });

/** The period the Verifikasi and Inovasi pages open on: the open one, else the latest. */
export const useCurrentPeriod = (enabled = true) =>
  useQuery({ ...periodQueries.list(), enabled, select: (list) => list.find((p) => p.status === 'open') ?? list[0] ?? null });

export const useVerificationSummary = (periodId: string | undefined) => useQuery(verificationQueries.summary(periodId));

/** Items a verifier returned, in the viewer's scope (the server keeps OPD roles to their own OPD). */
export const useReturnedAnswers = (periodId: string | undefined) => useQuery(verificationQueries.returned(periodId));

/** The period's framework, for indicator names in the reader's language. */
export const useFramework = (periodId: string | undefined) => useQuery(periodQueries.framework(periodId ?? null));

export const useReturnedEntries = () => useQuery(innovationQueries.returned());

/** Innovations submitted and waiting for the Kepala OPD (the server keeps a Kepala to their own OPD). */
export const useApprovalInbox = (enabled: boolean) => useQuery({ ...innovationQueries.approvalInbox(), enabled });
