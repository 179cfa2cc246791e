// An operator's PostgreSQL server without autovacuum (or the statistics it runs on) is said at start, in both
// languages; the server the tests run on is read for real.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { serverSettingWarnings, settingWarnings } from '../../src/server/db/server-settings';
import { openTestDatabase } from '../support/app';

describe('server settings said at start', () => {
  it('says nothing when autovacuum and track_counts are on', () => {
    expect(settingWarnings({ autovacuum: 'on', trackCounts: 'on' })).toEqual([]);
  });

  it('names what is off and how to turn it on', () => {
    const [line] = settingWarnings({ autovacuum: 'off', trackCounts: 'on' });
    expect(line).toMatch(/^Peringatan \/ Warning: autovacuum = off/);
    expect(line).toContain('Set autovacuum = on in postgresql.conf');
    expect(settingWarnings({ autovacuum: 'off', trackCounts: 'off' })[0]).toContain('autovacuum = on, track_counts = on');
  });

  it('reads the settings from the server', async () => {
    const { database, drop } = await openTestDatabase('migrated');
    try {
      const warnings = await serverSettingWarnings(database.db);
      // The embedded server has PostgreSQL's defaults; a machine's own server may not (then it is said).
      const { rows } = (await database.db.execute(sql`select current_setting('autovacuum') as a`)) as unknown as { rows: { a: string }[] };
      expect(warnings.length).toBe(rows[0].a === 'on' ? 0 : 1);
    } finally {
      await database.close();
      await drop();
    }
  });
});
