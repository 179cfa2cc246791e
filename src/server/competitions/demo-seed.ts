// The demo region's competition record, so a new installation shows what competitions give: last year's local
// contest judged and published (its winners on their innovations' pages and in the leaders' report), and the
// first winner's innovators rewarded (SPD 12), the other two waiting for the region's reward. Scored and ranked by
// the same code a real contest goes through (closeStage, closeFinal); seeded once, after the demo innovations.
import { and, eq } from 'drizzle-orm';
import { BLANK_TEMPLATE } from '../../domain/competitions/builtin-templates';
import { prefillProposal } from '../../domain/competitions/entry-rules';
import type { CompetitionRules } from '../../domain/competitions/template';
import type { Db } from '../db/client';
import {
  appMeta,
  competitionAssignments,
  competitionEntries,
  competitionJudges,
  competitionScores,
  competitions,
  innovationEntries,
  innovations,
  innovatorRewards,
  opds,
  regions,
  users,
} from '../db/schema';
import { DEMO_INNOVATIONS_MARKER } from '../seed/demo-innovations';
import { sanitizeRichText } from '../shared/http/rich-text';
import { findCompetition } from './repository';
import { closeFinal, closeStage } from './stage-results';

export const DEMO_COMPETITIONS_MARKER = 'demo_competitions_seeded';
const NAME = 'Lomba Inovasi Daerah Kota Mojokerto 2025';
const ENTRIES = 6;

const RULES: CompetitionRules = {
  ...structuredClone({
    programme: BLANK_TEMPLATE.programme,
    groups: BLANK_TEMPLATE.groups,
    sections: BLANK_TEMPLATE.sections,
    eligibility: { ...BLANK_TEMPLATE.eligibility, implementedOnly: true },
  }),
  stages: [
    structuredClone(BLANK_TEMPLATE.stages[0]),
    {
      ...structuredClone(BLANK_TEMPLATE.stages[1]),
      criteria: [
        { id: 'kebaruan', name: 'Kebaruan', nameEn: 'Novelty', weight: 35, max: 100 },
        { id: 'kemanfaatan', name: 'Kemanfaatan bagi masyarakat', nameEn: 'Benefit to citizens', weight: 35, max: 100 },
        { id: 'keberlanjutan', name: 'Keberlanjutan', nameEn: 'Sustainability', weight: 30, max: 100 },
      ],
      topN: 3,
      from: '2025-10-01',
      until: '2025-10-31',
    },
  ],
};

/** Seeds the demo contest once, when the demo innovations are there; returns whether it did. */
export async function seedDemoCompetitions(db: Db): Promise<boolean> {
  const marks = await db.select({ key: appMeta.key }).from(appMeta);
  if (!marks.some((m) => m.key === DEMO_INNOVATIONS_MARKER) || marks.some((m) => m.key === DEMO_COMPETITIONS_MARKER)) return false;
  const [region] = await db.select().from(regions).where(eq(regions.kemendagriCode, '35.76'));
  const [admin] = await db.select().from(users).where(eq(users.username, 'admin'));
  const [judge] = await db.select().from(users).where(eq(users.username, 'juri'));
  if (!region || !admin || !judge) return false;
  // Implemented innovations, one per OPD, the first OPDs by name: the same six on every installation.
  const profiles = await db
    .selectDistinctOn([opds.name], { entry: innovationEntries, opdName: opds.name })
    .from(innovationEntries)
    .innerJoin(innovations, eq(innovations.id, innovationEntries.innovationId))
    .innerJoin(opds, eq(opds.id, innovations.opdId))
    .where(and(eq(innovations.regionId, region.id), eq(innovationEntries.tahapan, 'penerapan')))
    .orderBy(opds.name, innovationEntries.name)
    .limit(ENTRIES);
  if (profiles.length < 3) return false;

  await db.transaction(async (tx) => {
    const [c] = await tx
      .insert(competitions)
      .values({
        regionId: region.id,
        name: NAME,
        year: 2025,
        templateId: BLANK_TEMPLATE.id,
        rules: RULES,
        registrationCloses: '2025-09-15',
        status: 'judging',
        currentStage: 1,
        createdBy: admin.id,
      })
      .returning();
    const stage = RULES.stages[1];
    const entries = await tx
      .insert(competitionEntries)
      .values(
        profiles.map((p) => ({
          competitionId: c.id,
          regionId: region.id,
          opdId: p.entry.opdId,
          innovationId: p.entry.innovationId,
          groupId: 'umum',
          proposal: Object.fromEntries(Object.entries(prefillProposal(RULES.sections, p.entry)).map(([k, v]) => [k, sanitizeRichText(v) ?? ''])),
          status: 'accepted' as const,
          proposedAt: new Date('2025-09-10T03:00:00Z'),
          createdBy: admin.id,
        })),
      )
      .returning();
    await tx.insert(competitionJudges).values({ competitionId: c.id, stageId: stage.id, userId: judge.id });
    await tx.insert(competitionAssignments).values(entries.map((e) => ({ competitionId: c.id, stageId: stage.id, judgeId: judge.id, entryId: e.id })));
    // Scores a judge might give: the first entries a little ahead, each criterion a little apart.
    await tx.insert(competitionScores).values(
      entries.flatMap((e, k) =>
        stage.criteria.map((cr, ci) => ({
          competitionId: c.id,
          stageId: stage.id,
          judgeId: judge.id,
          entryId: e.id,
          criterionId: cr.id,
          value: 92 - 5 * k - ((k + ci) % 3) * 2,
          updatedAt: new Date('2025-10-20T07:00:00Z'),
        })),
      ),
    );
    const row = await findCompetition(tx, c.id);
    if (!row) return;
    await closeStage(tx, { ...row, currentStage: 0 }, 0);
    await closeFinal(tx, (await findCompetition(tx, c.id)) ?? row);
    // Dated as it happened: published in November 2025, not on the day the demo was installed.
    const published = new Date('2025-11-10T02:00:00Z');
    await tx
      .update(competitions)
      .set({ status: 'published', publishedAt: published, createdAt: new Date('2025-08-01T02:00:00Z'), updatedAt: published })
      .where(eq(competitions.id, c.id));
    await tx
      .update(competitionEntries)
      .set({ createdAt: new Date('2025-09-01T02:00:00Z'), updatedAt: new Date('2025-10-31T09:00:00Z') })
      .where(eq(competitionEntries.competitionId, c.id));
    // The winner's innovators received their piagam and an incentive; the others' rewards are still to record.
    const first = profiles[0];
    await tx.insert(innovatorRewards).values({
      regionId: region.id,
      innovationId: first.entry.innovationId,
      source: 'competition',
      competitionId: c.id,
      award: `${NAME} — peringkat 1`,
      year: 2025,
      recipient: `Tim inovasi ${first.opdName}`,
      certificate: true,
      incentive: 'Uang pembinaan',
      incentiveAmount: 10_000_000,
      givenOn: '2025-12-10',
      decree: 'Keputusan Wali Kota Mojokerto Nomor 188.45/512/417.101/2025',
      createdBy: admin.id,
    });
    await tx.insert(appMeta).values({ key: DEMO_COMPETITIONS_MARKER, value: { at: new Date().toISOString(), competition: c.id } });
  });
  return true;
}
