// What the leaders' PDF is made of. The IID, claimed and verified, is the one memoised region score the home
// card and the dashboard show (shared/period-state.ts regionScores); the period's fresh state is read only for
// the simulator's actions and the innovations' names.
import { and, asc, eq, lt } from 'drizzle-orm';
import { spd12Support } from '../../domain/competitions/rewards';
import { rankActions, type SimAction } from '../../domain/iid/simulator';
import type { Framework } from '../../domain/iid/types';
import { opdRows, todayInWib } from '../../domain/monitoring/opd-monitoring';
import type { Db } from '../db/client';
import { officialResults, regions } from '../db/schema';
import { listRewards, regionAwards } from '../shared/competitions/awards';
import { activeOpds, entryFigures } from '../shared/entries/opd-figures';
import { ipkdReport } from '../shared/ipkd/years';
import { periodState, regionScores } from '../shared/periods/period-state';
import { readLetterhead } from '../shared/regions/letterhead';
import type { ReportInput } from './report';

interface ReportPeriod {
  id: string;
  year: number;
  opdTarget: number;
  /** The period's stamp, read with it (shared/period-lookup.ts). */
  stamp: string;
  framework: Framework;
}

/**
 * `own`: an operator's or Kepala OPD's agency. They get the same scope as on the dashboard and in the recap:
 * their own OPD's row, and only the actions on their own innovations (or a new one), never another agency's.
 */
export async function leaderReportInput(db: Db, regionId: string, period: ReportPeriod, own: string | null = null, now = new Date()): Promise<ReportInput> {
  const { framework } = period;
  const [{ claimed, verified }, state, [region], opdList, figures, history, letterhead, awards, rewards, ipkd] = await Promise.all([
    regionScores(db, period.id, period.stamp),
    periodState(db, period.id),
    db.select({ name: regions.name }).from(regions).where(eq(regions.id, regionId)),
    activeOpds(db, regionId, own),
    entryFigures(db, period.id, own),
    db
      .select({ year: officialResults.year, iid: officialResults.iid })
      .from(officialResults)
      .where(and(eq(officialResults.regionId, regionId), lt(officialResults.year, period.year)))
      .orderBy(asc(officialResults.year)),
    readLetterhead(db, regionId),
    regionAwards(db, { regionId, opdId: own, from: period.year - 1, until: period.year }),
    listRewards(db, regionId, own ?? undefined),
    // The IPKD is the region's finances: not part of an OPD's own report.
    own ? null : ipkdReport(db, regionId),
  ]);
  const names = new Map(opdList.map((o) => [o.id, o.name]));
  const entryNames = new Map(state.entries.map((e) => [e.id, e.name]));
  const ownEntries = new Set(figures.map((e) => e.id));
  const inScope = (a: SimAction) => !own || a.kind === 'add_innovation' || ('innovationId' in a && a.innovationId !== null && ownEntries.has(a.innovationId));
  return {
    regionName: region?.name ?? '',
    year: period.year,
    today: todayInWib(now),
    framework,
    claimed,
    verified,
    history,
    opds: opdRows(
      opdList.map((o) => o.id),
      figures,
      period.opdTarget,
      null,
    ).map((o) => ({ ...o, name: names.get(o.opdId) ?? '' })),
    opdTarget: period.opdTarget,
    // Every option of an indicator is ranked separately; enough are taken to leave five distinct ones.
    actions: rankActions(framework, state.verified, { limit: own ? undefined : 60, excludeStatistics: true })
      .filter((r) => inScope(r.action))
      .slice(0, 60),
    innovationName: (id) => entryNames.get(id) ?? id,
    letterhead,
    awards: {
      ...awards,
      spd12: spd12Support(
        rewards.map((r) => r.reward),
        period.year,
      ),
    },
    ipkd,
  };
}
