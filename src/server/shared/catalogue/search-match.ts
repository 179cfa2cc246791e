// What a search string matches in the published catalogue, shared by the catalogue pages and the open data API so
// both find the same innovations for the same words.
import { type SQL, sql } from 'drizzle-orm';
import { fuzzyWords } from '../../../domain/catalogue/search';
import { catalogueEntries } from '../../db/schema';

/** Words stemmed the Indonesian way ("pelayanan" finds "layanan"), or a name close to a typed word ("puskemas"). */
export function catalogueMatches(q: string): SQL {
  const words = fuzzyWords(q);
  const fullText = sql`${catalogueEntries.searchDocument} @@ websearch_to_tsquery('indonesian', ${q}::text)`;
  if (!words.length) return fullText;
  // `<%`: the word is close to some word of the name (pg_trgm, threshold set per session in db/client.ts).
  const fuzzy = words.map((w) => sql`${w}::text <% lower(${catalogueEntries.name})`);
  return sql`(${fullText} or (${sql.join(fuzzy, sql` and `)}))`;
}
