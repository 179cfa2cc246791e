// A stage's ranking from what is stored (live while it runs), and closing it: its results kept per entry, the
// entries that go on moved to the next stage; closing the last stage also ranks the final (stage weights).
import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import { conflictOf } from '../../domain/competitions/conflicts';
import { advancing, finalRanking, type StageScores, stageRanking } from '../../domain/competitions/stages';
import { FINAL_STAGE } from '../../domain/competitions/status';
import type { Stage } from '../../domain/competitions/template';
import type { Db, Tx } from '../db/client';
import { competitionEntries, competitionResults, competitions } from '../db/schema';
import { AppError } from '../shared/http/errors';
import { type CompetitionRow, declaredConflicts, listEntries, stageAssignments, stageJudges, stageScores, storedResults } from './repository';

export interface StageRow {
  entryId: string;
  innovationId: string;
  innovationName: string;
  opdName: string;
  groupId: string;
  score: number | null;
  rank: number | null;
  advanced: boolean;
  judges: number;
  /** A later review stage: whether the organiser decided this entry yet. */
  decided?: boolean;
}

/** The entries judged in stage `index`: accepted ones that reached it. */
async function entriesIn(db: Db, comp: CompetitionRow, index: number) {
  return (await listEntries(db, comp.id, { status: 'accepted' })).filter((r) => r.entry.stageReached >= index);
}

/** Pairs the ranking must not count: declared conflicts, automatic ones, and scores of a judge no longer assigned. */
async function excludedPairs(db: Db, comp: CompetitionRow, stage: Stage, entries: { entry: { id: string; regionId: string; opdId: string } }[]) {
  const [judges, assignments, declared] = await Promise.all([
    stageJudges(db, comp.id, stage.id),
    stageAssignments(db, comp.id, stage.id),
    declaredConflicts(db, comp.id),
  ]);
  const assigned = new Set(assignments.map((a) => `${a.judge}|${a.entry}`));
  const declaredSet = new Set(declared.map((d) => `${d.judgeId}|${d.entryId}`));
  const out: { judge: string; entry: string }[] = [];
  for (const j of judges)
    for (const { entry } of entries) {
      const key = `${j.id}|${entry.id}`;
      if (!assigned.has(key) || conflictOf(j, entry, comp.regionId, declaredSet.has(key))) out.push({ judge: j.id, entry: entry.id });
    }
  return { out, judgeIds: new Set(judges.map((j) => j.id)) };
}

/** The ranking of a scored stage as the scores stand, or a review stage's decisions. */
export async function liveStage(db: Db, comp: CompetitionRow, index: number): Promise<StageRow[]> {
  const stage = comp.rules.stages[index];
  const entries = await entriesIn(db, comp, index);
  const base = (e: (typeof entries)[number]) => ({
    entryId: e.entry.id,
    innovationId: e.entry.innovationId,
    innovationName: e.innovationName,
    opdName: e.opdName,
    groupId: e.entry.groupId,
  });
  if (stage.kind === 'review') {
    // The first stage's review is the entry's acceptance; a later one is the organiser's pass/fail per entry.
    const decided = index === 0 ? null : new Map((await storedResults(db, comp.id, stage.id)).map((r) => [r.entryId, r.advanced]));
    return entries.map((e) => ({
      ...base(e),
      score: null,
      rank: null,
      advanced: decided ? decided.get(e.entry.id) === true : true,
      judges: 0,
      ...(decided && { decided: decided.has(e.entry.id) }),
    }));
  }
  const { out, judgeIds } = await excludedPairs(db, comp, stage, entries);
  const inStage = new Set(entries.map((e) => e.entry.id));
  const scores = (await stageScores(db, comp.id, stage.id)).filter((s) => inStage.has(s.entry) && judgeIds.has(s.judge));
  const ranking = stageRanking(stage, scores, out);
  const byId = new Map(entries.map((e) => [e.entry.id, e]));
  const goOn = advancing(stage, ranking, (id) => byId.get(id)?.entry.groupId ?? '');
  const excluded = new Set(out.map((p) => `${p.judge}|${p.entry}`));
  // The judges counted in an entry's score: the contract's — scored every criterion, no conflict, still assigned.
  const criteria = stage.criteria.map((c) => c.id);
  const judgesOf = (entry: string) => {
    const own = scores.filter((s) => s.entry === entry && !excluded.has(`${s.judge}|${s.entry}`));
    const judges = new Set(own.map((s) => s.judge));
    return [...judges].filter((j) => criteria.every((k) => own.some((s) => s.judge === j && s.criterion === k))).length;
  };
  const ranked = ranking.map((r) => ({
    ...base(byId.get(r.entry) as (typeof entries)[number]),
    score: r.score,
    rank: r.rank,
    advanced: goOn.has(r.entry),
    judges: judgesOf(r.entry),
  }));
  const unranked = entries
    .filter((e) => !ranking.some((r) => r.entry === e.entry.id))
    .map((e) => ({ ...base(e), score: null, rank: null, advanced: false, judges: 0 }));
  return [...ranked, ...unranked];
}

async function storeRows(
  tx: Tx,
  competitionId: string,
  stageId: string,
  rows: { entryId: string; score: number | null; rank: number | null; advanced: boolean }[],
) {
  await tx.delete(competitionResults).where(and(eq(competitionResults.competitionId, competitionId), eq(competitionResults.stageId, stageId)));
  if (rows.length)
    await tx
      .insert(competitionResults)
      .values(rows.map((r) => ({ competitionId, stageId, entryId: r.entryId, score: r.score, rank: r.rank, advanced: r.advanced })));
}

/**
 * Closes stage `index`: keeps its outcome and moves the entries that go on to the next stage. A review stage
 * with entries not decided yet cannot be closed (the first stage's: entries still waiting for review).
 */
export async function closeStage(tx: Tx, comp: CompetitionRow, index: number): Promise<StageRow[]> {
  const stage = comp.rules.stages[index];
  if (stage.kind === 'review') {
    const waiting =
      index === 0
        ? (await listEntries(tx, comp.id, { status: 'proposed' })).length
        : (await entriesIn(tx, comp, index)).length - (await storedResults(tx, comp.id, stage.id)).length;
    if (waiting > 0) throw new AppError(409, 'comp_undecided', { count: waiting });
  }
  const rows = await liveStage(tx, comp, index);
  await storeRows(tx, comp.id, stage.id, rows);
  const goOn = rows.filter((r) => r.advanced).map((r) => r.entryId);
  if (goOn.length)
    await tx
      .update(competitionEntries)
      .set({ stageReached: index + 1, updatedAt: sql`now()` })
      .where(inArray(competitionEntries.id, goOn));
  return rows;
}

/** Closes the last stage and ranks the final; the winners are those the last stage let through. */
export async function closeFinal(tx: Tx, comp: CompetitionRow): Promise<void> {
  const last = comp.rules.stages.length - 1;
  const lastRows = await closeStage(tx, comp, last);
  const finalists = lastRows.map((r) => r.entryId);
  const scores: StageScores = new Map();
  for (const s of comp.rules.stages) {
    if (s.kind !== 'scored' || s.weight <= 0) continue;
    const stored = await storedResults(tx, comp.id, s.id);
    scores.set(s.id, new Map(stored.filter((r) => r.score !== null).map((r) => [r.entryId, r.score as number])));
  }
  const winners = new Set(lastRows.filter((r) => r.advanced).map((r) => r.entryId));
  const ranking = finalRanking(comp.rules.stages, scores, finalists);
  await storeRows(
    tx,
    comp.id,
    FINAL_STAGE,
    ranking.map((r) => ({ entryId: r.entry, score: r.score, rank: r.rank, advanced: winners.has(r.entry) })),
  );
}

/** Reopens the last stage (locked → judging): its stored outcome and the final go; its entries stay in it. */
export async function reopenLast(tx: Tx, comp: CompetitionRow): Promise<void> {
  const last = comp.rules.stages.length - 1;
  const stage = comp.rules.stages[last];
  await tx
    .delete(competitionResults)
    .where(
      and(
        eq(competitionResults.competitionId, comp.id),
        inArray(competitionResults.stageId, stage.kind === 'review' && last > 0 ? [FINAL_STAGE] : [stage.id, FINAL_STAGE]),
      ),
    );
  await tx
    .update(competitionEntries)
    .set({ stageReached: last })
    .where(and(eq(competitionEntries.competitionId, comp.id), gte(competitionEntries.stageReached, last + 1)));
  await tx.update(competitions).set({ updatedAt: sql`now()` }).where(eq(competitions.id, comp.id));
}
