// The catalogue stamp is written at commit, once per transaction (drizzle/0030): a change a public page shows no
// longer holds the stamp row from its statement to its commit, so two transactions taking the stamp and another
// row in opposite orders do not deadlock, and other instances see the new stamp only with the committed data.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshTestDatabase } from '../support/app';

describe('catalogue stamp written at commit', () => {
  let url: string;
  let drop: () => Promise<void>;
  const clients: pg.Client[] = [];
  const client = async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query("set deadlock_timeout = '200ms'");
    clients.push(c);
    return c;
  };
  const stamp = async (c: pg.Client) => (await c.query("select value from app_meta where key = 'catalogue_stamp'")).rows[0].value as string;

  beforeAll(async () => {
    ({ url, drop } = await freshTestDatabase('seeded'));
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.end()));
    await drop();
  });

  it('changes the stamp only when the change commits', async () => {
    const [a, reader] = [await client(), await client()];
    const before = await stamp(reader);
    await a.query('begin');
    await a.query('update regions set name = name');
    expect(await stamp(reader)).toBe(before); // not yet: the regions' new names are not visible either
    const { rows: versions } = await a.query("select xmin::text from app_meta where key = 'catalogue_stamp'");
    await a.query('update regions set name = name');
    await a.query('commit');
    const after = await stamp(reader);
    expect(after).not.toBe(before);
    // One write per transaction: the row's version before commit was still the old one (no write at the statement).
    const { rows: now } = await reader.query("select xmin::text from app_meta where key = 'catalogue_stamp'");
    expect(now[0].xmin).not.toBe(versions[0].xmin);
  });

  it('two transactions taking a region and an OPD in opposite orders both commit', async () => {
    const [a, b, reader] = [await client(), await client(), await client()];
    // Two regions of its own (the demo has one) and an OPD.
    const { rows: regionRows } = await reader.query(
      "insert into regions (name, type, kemendagri_code) values ('Kota Uji Satu', 'kota', '99.01'), ('Kota Uji Dua', 'kota', '99.02') returning id",
    );
    const { rows: opdRows } = await reader.query('select id from opds order by id limit 1');
    const [r1, r2] = regionRows.map((r) => r.id as string);
    const o1 = opdRows[0].id as string;
    await a.query('begin');
    await b.query('begin');
    // A changes a region (a catalogue page shows it), B an OPD; then each the other's kind of row.
    await a.query('update regions set name = name where id = $1', [r1]);
    await b.query('update opds set name = name where id = $1', [o1]);
    const aWaits = a.query('update opds set name = name where id = $1', [o1]); // waits for B's OPD row
    await b.query('update regions set name = name where id = $1', [r2]);
    await b.query('commit');
    await aWaits;
    await a.query('commit');
    const { rows } = await reader.query('select count(*)::int as n from regions');
    expect(rows[0].n).toBeGreaterThan(0);
  });
});
