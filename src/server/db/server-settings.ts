// Settings of an operator's own PostgreSQL server (DATABASE_URL) that Inovda relies on but cannot set for itself,
// said in the log at start. Without autovacuum, rows the app changes all day (answers, entries' scores, the audit
// trail) leave their old versions behind: the tables and their indexes grow and every read gets slower, with no
// error to show why. The embedded server has PostgreSQL's defaults.
import { sql } from 'drizzle-orm';
import type { Db } from './client';

interface Settings {
  autovacuum: string;
  trackCounts: string;
}

/** What the log says about the settings, one line each (none when all is well). */
export function settingWarnings(s: Settings): string[] {
  const off = [s.autovacuum !== 'on' && 'autovacuum', s.trackCounts !== 'on' && 'track_counts'].filter(Boolean) as string[];
  if (!off.length) return [];
  const names = off.join(', ');
  return [
    `Peringatan / Warning: ${names} = off di server PostgreSQL ini / on this PostgreSQL server: baris lama tidak dibersihkan, ` +
      `tabel membesar dan makin lambat / old row versions are never cleaned up, tables grow and get slower. ` +
      `Set ${off.map((n) => `${n} = on`).join(', ')} in postgresql.conf and reload the server.`,
  ];
}

export async function serverSettingWarnings(db: Db): Promise<string[]> {
  const result = (await db.execute(sql`select current_setting('autovacuum') as autovacuum, current_setting('track_counts') as "trackCounts"`)) as unknown as {
    rows: Settings[];
  };
  return settingWarnings(result.rows[0]);
}
