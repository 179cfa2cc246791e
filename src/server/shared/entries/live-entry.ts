// "This entry's innovation is not deleted", as an anti-join on a tiny partial index: joining innovations
// row by row for its deleted_at costs more than the rest of a list query (measured in bench:api).
import { sql } from 'drizzle-orm';

export const liveEntry = sql.raw(`not exists (select 1 from "innovations" i where i.id = "innovation_entries"."innovation_id" and i.deleted_at is not null)`);
