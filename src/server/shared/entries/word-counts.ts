// The stored word count of each entry's rancang bangun (innovation_entries.rancang_bangun_words), written with the
// text by every save; entries from before it was stored (an upgrade, an older backup) get it counted once at start.
import { isNull, sql } from 'drizzle-orm';
import { wordCount } from '../../../domain/innovation/profile';
import type { Db } from '../../db/client';
import { innovationEntries } from '../../db/schema';

/** Counts the words of every entry that has no stored count yet, in batches; returns how many. */
export async function fillWordCounts(db: Db, batch = 500): Promise<number> {
  // No text, no words: most rows of a bulk load, counted in one statement.
  await db.execute(sql`update ${innovationEntries} set rancang_bangun_words = 0
    where rancang_bangun_words is null and coalesce(rancang_bangun, '') = ''`);
  let done = 0;
  for (;;) {
    const rows = await db
      .select({ id: innovationEntries.id, text: innovationEntries.rancangBangun })
      .from(innovationEntries)
      .where(isNull(innovationEntries.rancangBangunWords))
      .limit(batch);
    if (!rows.length) return done;
    const values = rows.map((r) => sql`(${r.id}::uuid, ${wordCount(r.text)}::int)`);
    await db.execute(sql`
      update ${innovationEntries} e set rancang_bangun_words = v.words
      from (values ${sql.join(values, sql`, `)}) as v(id, words)
      where e.id = v.id and e.rancang_bangun_words is null`); // a save meanwhile stored its own count
    done += rows.length;
  }
}
