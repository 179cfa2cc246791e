// Framework versions over the API: read-only built-ins, clone, validated edits, import/export, scope.
import { describe, expect, it } from 'vitest';
import { call, login, secondRegion } from '../support/app';
import { signedInApp } from '../support/signed-in-app';

const s = signedInApp(['admin']);

describe('framework versions', () => {
  it('lists the built-in versions with their uncertainty mark', async () => {
    const list = (await call(s.app, s.cookie.admin, 'GET', '/api/frameworks')).json();
    expect(list.map((f: { id: string }) => f.id)).toEqual(['iid-2021', 'iid-2022', 'iid-2023', 'iid-2024', 'iid-2025', 'iid-2026']);
    expect(list.every((f: { builtIn: boolean }) => f.builtIn)).toBe(true);
    expect(list.find((f: { id: string }) => f.id === 'iid-2023').uncertain).toBe(true);
    const one = (await call(s.app, s.cookie.admin, 'GET', '/api/frameworks/iid-2026')).json();
    expect(one.framework.indicators).toHaveLength(40);
    expect(one.framework.notes.length).toBeGreaterThan(0);
  });

  it('built-in versions are read-only', async () => {
    const res = await call(s.app, s.cookie.admin, 'PUT', '/api/frameworks/iid-2026', { framework: {}, version: 1 });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('fw_builtin_readonly');
    expect((await call(s.app, s.cookie.admin, 'DELETE', '/api/frameworks/iid-2026')).statusCode).toBe(403);
  });

  it('clone, correct with validation, and no lost updates', async () => {
    const clone = await call(s.app, s.cookie.admin, 'POST', '/api/frameworks/iid-2025/clone', { name: 'IID 2025 — koreksi Bappeda' });
    expect(clone.statusCode).toBe(201);
    const { framework, version } = clone.json();
    expect(framework.id).toMatch(/^iid-2025-[0-9a-f]{6}$/);
    expect(framework.basedOn).toBe('iid-2025');

    const bad = structuredClone(framework);
    bad.indicators[0].weight = 0;
    bad.indicators[1].options = [
      { value: 2, label: 'b' },
      { value: 1, label: 'a' },
    ];
    bad.bands[2].min = 45;
    const rejected = await call(s.app, s.cookie.admin, 'PUT', `/api/frameworks/${framework.id}`, { framework: bad, version });
    expect(rejected.statusCode).toBe(400);
    expect(Object.keys(rejected.json().error.fields).sort()).toEqual(['bands.2.min', 'indicators.0.weight', 'indicators.1.options']);
    expect(rejected.json().error.fields['bands.2.min']).toMatch(/celah/);

    const good = structuredClone(framework);
    good.divisorFloor = 12;
    good.bands[3].min = 65.01;
    good.bands[2].max = 65;
    const saved = await call(s.app, s.cookie.admin, 'PUT', `/api/frameworks/${framework.id}`, { framework: good, version });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().version).toBe(version + 1);
    expect(saved.json().framework.divisorFloor).toBe(12);

    const stale = await call(s.app, s.cookie.admin, 'PUT', `/api/frameworks/${framework.id}`, { framework: good, version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');

    const audit = (await call(s.app, s.cookie.admin, 'GET', '/api/audit?entityType=framework&action=update')).json().items[0];
    expect(audit.before.divisorFloor).toBe(10);
    expect(audit.after.divisorFloor).toBe(12);
  });

  it('imports an exported JSON as a new version, never overwriting', async () => {
    const exported = (await call(s.app, s.cookie.admin, 'GET', '/api/frameworks/iid-2026')).json().framework;
    const imported = await call(s.app, s.cookie.admin, 'POST', '/api/frameworks/import', { framework: { ...exported, maxScore: 260 } });
    expect(imported.statusCode).toBe(201);
    expect(imported.json().framework.id).not.toBe('iid-2026');
    expect(imported.json().framework.maxScore).toBe(260);
    const broken = await call(s.app, s.cookie.admin, 'POST', '/api/frameworks/import', { framework: { ...exported, maxScore: 100 } });
    expect(broken.json().error.fields.maxScore).toMatch(/250/);
  });

  it('refuses an indicator code that is a path, on import and on save', async () => {
    const exported = (await call(s.app, s.cookie.admin, 'GET', '/api/frameworks/iid-2026')).json().framework;
    const indicators = exported.indicators.map((i: { code: string }, k: number) => (k === 0 ? { ...i, code: '../../z' } : i));
    const refused = await call(s.app, s.cookie.admin, 'POST', '/api/frameworks/import', { framework: { ...exported, indicators } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields['indicators.0.code']).toMatch(/huruf dan angka/);
    const clone = (await call(s.app, s.cookie.admin, 'POST', '/api/frameworks/iid-2026/clone', {})).json();
    const saved = await call(s.app, s.cookie.admin, 'PUT', `/api/frameworks/${clone.framework.id}`, {
      framework: { ...clone.framework, indicators: clone.framework.indicators.map((i: { code: string }, k: number) => (k === 1 ? { ...i, code: 'a/b' } : i)) },
      version: clone.version,
    });
    expect(saved.statusCode).toBe(400);
    expect(saved.json().error.fields['indicators.1.code']).toMatch(/huruf dan angka/);
  });

  it('other regions and read-only roles cannot change it', async () => {
    const list = (await call(s.app, s.cookie.admin, 'GET', '/api/frameworks')).json();
    const own = list.find((f: { builtIn: boolean }) => !f.builtIn);
    const { cookie: otherAdmin } = await secondRegion(s.app, '35.15', 'admin.lain');
    expect((await call(s.app, otherAdmin, 'GET', `/api/frameworks/${own.id}`)).statusCode).toBe(404);
    expect((await call(s.app, otherAdmin, 'GET', '/api/frameworks')).json()).toHaveLength(6);
    const pimpinan = await login(s.app, 'pimpinan');
    expect((await call(s.app, pimpinan, 'GET', `/api/frameworks/${own.id}`)).statusCode).toBe(200);
    expect((await call(s.app, pimpinan, 'POST', '/api/frameworks/iid-2026/clone', {})).statusCode).toBe(403);
    expect((await call(s.app, pimpinan, 'DELETE', `/api/frameworks/${own.id}`)).statusCode).toBe(403);
    expect((await call(s.app, s.cookie.admin, 'DELETE', `/api/frameworks/${own.id}`)).statusCode).toBe(200);
  });
});
