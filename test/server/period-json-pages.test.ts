// Kept list pages (shared/periods/period-memo.ts periodJsonPages): one computation per page while the stamp holds,
// a new one after it changes, concurrent requests share one, a failure is forgotten, and the oldest pages go
// first once the byte budget is spent.
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/client';
import { periodJsonPages } from '../../src/server/shared/periods/period-memo';

const db = {} as Db;

describe('kept pages of a period', () => {
  it('compute once per stamp, share concurrent requests, forget failures', async () => {
    const pages = periodJsonPages();
    let runs = 0;
    const compute = async () => `"${++runs}"`;
    const p = { id: 'p1', stamp: 's1' };
    expect(await Promise.all([pages(db, p, 'a', compute), pages(db, p, 'a', compute)])).toEqual(['"1"', '"1"']);
    expect(await pages(db, p, 'a', compute)).toBe('"1"');
    expect(await pages(db, p, 'b', compute)).toBe('"2"');
    expect(await pages(db, { id: 'p1', stamp: 's2' }, 'a', compute)).toBe('"3"');
    await expect(pages(db, { id: 'p2', stamp: 's' }, 'a', async () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    expect(await pages(db, { id: 'p2', stamp: 's' }, 'a', compute)).toBe('"4"');
  });

  it('keep within the byte budget, least recently used out first', async () => {
    // 3 pages of 100 characters (200 bytes) fit in 700 bytes; a fourth pushes the least recently used out.
    const pages = periodJsonPages(700);
    const p = { id: 'p', stamp: 's' };
    const runs: string[] = [];
    const page = (key: string) =>
      pages(db, p, key, async () => {
        runs.push(key);
        return key.repeat(100);
      });
    await page('a');
    await page('b');
    await page('c');
    await page('a'); // used again: now the most recent
    await page('d'); // b goes
    await page('a');
    await page('c');
    await page('b');
    expect(runs).toEqual(['a', 'b', 'c', 'd', 'b']);
  });
});
