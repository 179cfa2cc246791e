// Finding items by what their evidence says: the text the pre-check kept (evidence_checks.search_document, Indonesian
// stemming, GIN-indexed), for the verification queue's search.
import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { evidence, evidenceChecks } from '../../db/schema';

/** Live evidence of this entry's item whose kept text matches every word of `q` (web-search syntax: "…", -word, or). */
export function evidenceTextMatches(q: string | undefined, entryId: AnyColumn, code: AnyColumn): SQL | undefined {
  if (!q?.trim()) return undefined;
  return sql`exists (
    select 1 from ${evidence} join ${evidenceChecks} on ${evidenceChecks.evidenceId} = ${evidence.id}
    where ${evidence.entryId} = ${entryId} and ${evidence.indicatorCode} = ${code} and ${evidence.deletedAt} is null
      and ${evidenceChecks.searchDocument} @@ websearch_to_tsquery('indonesian', ${q})
  )`;
}
