// The checks of a list of evidence items, in a few batched statements: their readings (without text), what each
// verdict depends on (rule, selected option, year, innovation name), then the texts of the verdicts not kept yet.
import { inArray } from 'drizzle-orm';
import type { EvidenceCheck } from '../../../contract/evidence-check';
import { builtInFramework } from '../../../domain/iid/builtin';
import type { Framework, Indicator } from '../../../domain/iid/types';
import type { Locale } from '../../../domain/messages';
import type { Db } from '../../db/client';
import { entryAnswers, evidenceChecks, innovationEntries, periods, regionAnswers } from '../../db/schema';
import { periodFramework } from '../periods/period-framework';
import { doneCheck, keptVerdict, pendingCheck, type ReadingMeta, type VerdictContext, verdictKey } from './verdict';

export interface CheckedItem {
  id: string;
  periodId: string;
  entryId: string | null;
  indicatorCode: string;
}

const uniq = <T>(xs: T[]) => [...new Set(xs)];

/**
 * The indicator's rule: the period's framework version says it; a period opened before rules existed (its
 * snapshot has none) takes the rule of the built-in version it is, or was cloned from.
 */
function indicatorOf(framework: Framework, code: string): { indicator: Indicator | undefined; rule: Indicator['evidenceCheck'] } {
  const indicator = framework.indicators.find((i) => i.code === code);
  if (indicator?.evidenceCheck) return { indicator, rule: indicator.evidenceCheck };
  const builtIn = builtInFramework(framework.id) ?? (framework.basedOn ? builtInFramework(framework.basedOn) : undefined);
  return { indicator, rule: builtIn?.indicators.find((i) => i.code === code)?.evidenceCheck };
}

async function contexts(db: Db, items: CheckedItem[]): Promise<Map<string, VerdictContext>> {
  const periodIds = uniq(items.map((i) => i.periodId));
  const entryIds = uniq(items.map((i) => i.entryId).filter((e): e is string => Boolean(e)));
  const spdPeriods = uniq(items.filter((i) => !i.entryId).map((i) => i.periodId));
  const [years, frameworks, entries, sidAnswers, spdAnswers] = await Promise.all([
    db.select({ id: periods.id, year: periods.year }).from(periods).where(inArray(periods.id, periodIds)),
    Promise.all(periodIds.map(async (id) => [id, (await periodFramework(db, id)).framework] as const)),
    entryIds.length
      ? db.select({ id: innovationEntries.id, name: innovationEntries.name }).from(innovationEntries).where(inArray(innovationEntries.id, entryIds))
      : [],
    entryIds.length
      ? db
          .select({ owner: entryAnswers.entryId, code: entryAnswers.indicatorCode, value: entryAnswers.value })
          .from(entryAnswers)
          .where(inArray(entryAnswers.entryId, entryIds))
      : [],
    spdPeriods.length
      ? db
          .select({ owner: regionAnswers.periodId, code: regionAnswers.indicatorCode, value: regionAnswers.value })
          .from(regionAnswers)
          .where(inArray(regionAnswers.periodId, spdPeriods))
      : [],
  ]);
  const yearOf = new Map(years.map((p) => [p.id, p.year]));
  const frameworkOf = new Map(frameworks);
  const nameOf = new Map(entries.map((e) => [e.id, e.name]));
  const answer = new Map([...sidAnswers, ...spdAnswers].map((a) => [`${a.owner}|${a.code}`, a.value]));
  const out = new Map<string, VerdictContext>();
  for (const i of items) {
    const framework = frameworkOf.get(i.periodId);
    const { indicator, rule } = framework ? indicatorOf(framework, i.indicatorCode) : { indicator: undefined, rule: undefined };
    const selected = answer.get(`${i.entryId ?? i.periodId}|${i.indicatorCode}`);
    out.set(i.id, {
      rule,
      selectedOption: selected ? selected : null,
      optionValues: indicator?.options.map((o) => o.value) ?? [],
      optionLabels: indicator?.options.map(({ value, label, labelEn }) => ({ value, label, ...(labelEn ? { labelEn } : {}) })) ?? [],
      periodYear: yearOf.get(i.periodId) ?? new Date().getFullYear(),
      innovationName: i.entryId ? (nameOf.get(i.entryId) ?? null) : null,
    });
  }
  return out;
}

const metaColumns = {
  evidenceId: evidenceChecks.evidenceId,
  status: evidenceChecks.status,
  progressDone: evidenceChecks.progressDone,
  progressTotal: evidenceChecks.progressTotal,
  source: evidenceChecks.source,
  pages: evidenceChecks.pages,
  videoSeconds: evidenceChecks.videoSeconds,
  unreadable: evidenceChecks.unreadable,
  checkedAt: evidenceChecks.checkedAt,
};

/** Each item's check (absent: the item has no reading, e.g. added before the pre-check existed). */
export async function checksOf(db: Db, items: CheckedItem[], locale: Locale): Promise<Map<string, EvidenceCheck>> {
  const out = new Map<string, EvidenceCheck>();
  if (!items.length) return out;
  const metas: ReadingMeta[] = await db
    .select(metaColumns)
    .from(evidenceChecks)
    .where(inArray(evidenceChecks.evidenceId, uniq(items.map((i) => i.id))));
  const done = metas.filter((m) => m.status === 'done');
  for (const m of metas) if (m.status !== 'done') out.set(m.evidenceId, pendingCheck(m));
  if (!done.length) return out;
  const byId = new Map(items.map((i) => [i.id, i]));
  const ctx = await contexts(
    db,
    done.map((m) => byId.get(m.evidenceId) as CheckedItem),
  );
  const missing: { m: ReadingMeta; key: string }[] = [];
  for (const m of done) {
    const key = verdictKey(m, ctx.get(m.evidenceId) as VerdictContext, locale);
    const hit = keptVerdict(key);
    if (hit) out.set(m.evidenceId, hit);
    else missing.push({ m, key });
  }
  if (missing.length) {
    const texts = await db
      .select({ id: evidenceChecks.evidenceId, text: evidenceChecks.text })
      .from(evidenceChecks)
      .where(
        inArray(
          evidenceChecks.evidenceId,
          missing.map((x) => x.m.evidenceId),
        ),
      );
    const textOf = new Map(texts.map((t) => [t.id, t.text]));
    for (const { m, key } of missing) out.set(m.evidenceId, doneCheck(m, textOf.get(m.evidenceId) ?? '', ctx.get(m.evidenceId) as VerdictContext, locale, key));
  }
  return out;
}
