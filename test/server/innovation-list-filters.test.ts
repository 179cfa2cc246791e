// The innovations list filters by status and by "dikirim": the Admin Daerah finds the approved innovations not
// yet sent without paging through all of them.
import { describe, expect, it } from 'vitest';
import { call } from '../support/app';
import { signedInApp } from '../support/signed-in-app';

const s = signedInApp(['admin'], { demoInnovations: true });

type Item = { status: string; sent: boolean };
const list = async (query: string) =>
  (await call(s.app, s.cookie.admin, 'GET', `/api/innovations?pageSize=100&${query}`)).json() as { items: Item[]; total: number };

describe('innovations list filters', () => {
  it('approved and not sent, sent only, and everything add up', async () => {
    const all = await list('');
    const waiting = await list('status=disetujui&sent=false');
    const sent = await list('sent=true');
    const unsent = await list('sent=false');
    expect(waiting.total).toBeGreaterThan(0);
    expect(waiting.items.every((e) => e.status === 'disetujui' && !e.sent)).toBe(true);
    expect(sent.total).toBeGreaterThan(0);
    expect(sent.items.every((e) => e.sent)).toBe(true);
    expect(sent.total + unsent.total).toBe(all.total);
  });
  it('refuses a "sent" that is not true or false', async () => {
    const res = await call(s.app, s.cookie.admin, 'GET', '/api/innovations?sent=ya');
    expect(res.statusCode).toBe(400);
  });
});
