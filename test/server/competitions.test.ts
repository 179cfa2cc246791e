// Competitions through the API as people use them: the admin creates one from a template and opens it, OPDs
// enter innovations with pre-filled proposals (word limits, partial saves), the region reviews, judges are set
// and assigned (conflicts refused by the server), judges score, the ranking follows the contract, the admin
// advances, locks and publishes, and the result shows on the innovation.
import { describe, expect, it } from 'vitest';
import { rankEntries } from '../../src/domain/competitions/ranking';
import { call, idOf, login } from '../support/app';
import { signedInApp } from '../support/signed-in-app';

const s = signedInApp(['admin', 'operator.dinkes', 'operator.dispendukcapil', 'juri', 'pimpinan'], { demoInnovations: true });

/** A juri account made by the admin, signed in with its own password. */
async function juri(username: string, opdId?: string) {
  const { app, cookie } = s;
  const temp = 'Sementara-Juri-2026';
  const res = await call(app, cookie.admin, 'POST', '/api/users', {
    username,
    fullName: `Juri ${username}`,
    role: 'juri',
    password: temp,
    ...(opdId ? { opdId } : {}),
  });
  expect(res.statusCode, res.body).toBe(201);
  const first = await login(app, username, temp);
  const changed = await call(app, first, 'POST', '/api/auth/change-password', { currentPassword: temp, newPassword: 'Kursi-Biru-Lapangan-77' });
  expect(changed.statusCode, changed.body).toBe(200);
  return { id: res.json().user.id as string, cookie: await login(app, username, 'Kursi-Biru-Lapangan-77') };
}

/** An innovation of the OPD with a penerapan profile (any one the candidates list offers without problems). */
async function eligibleCandidate(cookie: string, competitionId: string) {
  const list = (await call(s.app, cookie, 'GET', `/api/competitions/${competitionId}/candidates`)).json();
  const ok = list.find((c: { eligibility: unknown[] }) => c.eligibility.length === 0);
  expect(ok, 'an eligible innovation').toBeTruthy();
  return ok as { innovationId: string; name: string };
}

describe('competitions', () => {
  it('offers the built-in templates with KIPP’s sections and word limits', async () => {
    const res = await call(s.app, s.cookie['operator.dinkes'], 'GET', '/api/competition-templates');
    expect(res.statusCode).toBe(200);
    const kipp = res.json().find((t: { id: string }) => t.id === 'kipp');
    expect(kipp.rules.sections.find((x: { id: string }) => x.id === 'signifikansi').wordLimit).toBe(600);
    expect(kipp.uncertain).toBe(true);
  });

  it('refuses rules that do not hold, naming the field, and keeps the competition as it was', async () => {
    const { app, cookie } = s;
    const created = (
      await call(app, cookie.admin, 'POST', '/api/competitions', { templateId: 'iga-presentasi', name: 'Presentasi IGA 2026', year: 2026 })
    ).json();
    const rules = structuredClone(created.rules);
    rules.stages[0].criteria[1].weight = 0;
    const res = await call(app, cookie.admin, 'PATCH', `/api/competitions/${created.id}`, { version: created.version, rules });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields['rules.stages[0].criteria[1].weight']).toMatch(/lebih dari 0|greater than 0/);
    const again = (await call(app, cookie.admin, 'GET', `/api/competitions/${created.id}`)).json();
    expect(again.rules.stages[0].criteria[1].weight).toBe(25);
    expect(
      (await call(app, cookie.admin, 'POST', '/api/competitions', { templateId: 'nope', name: 'X', year: 2026 })).json().error.fields.templateId,
    ).toBeTruthy();
  });

  it('a stage taken out of the rules takes its judges with it; put back, it starts without any', async () => {
    const { app, cookie } = s;
    const c = (await call(app, cookie.admin, 'POST', '/api/competitions', { templateId: 'lomba-lokal', name: 'Lomba Tahap Hapus', year: 2026 })).json();
    const juriId = (await call(app, cookie.juri, 'GET', '/api/auth/me')).json().user.id;
    const extra = { ...structuredClone(c.rules.stages[1]), id: 'final-x', name: 'Final' };
    let saved = (
      await call(app, cookie.admin, 'PATCH', `/api/competitions/${c.id}`, { version: c.version, rules: { ...c.rules, stages: [...c.rules.stages, extra] } })
    ).json();
    expect(saved.rules.stages.map((x: { id: string }) => x.id)).toEqual(['seleksi_administrasi', 'penilaian', 'final-x']);
    expect((await call(app, cookie.admin, 'PUT', `/api/competitions/${c.id}/stages/final-x/judges`, { userIds: [juriId] })).statusCode).toBe(200);
    const judgesOf = async () => (await call(app, cookie.admin, 'GET', `/api/competitions/${c.id}/stages/final-x/judging`)).json().judges;
    expect(await judgesOf()).toHaveLength(1);
    saved = (await call(app, cookie.admin, 'PATCH', `/api/competitions/${c.id}`, { version: saved.version, rules: c.rules })).json();
    expect(saved.rules.stages).toHaveLength(2);
    expect((await call(app, cookie.admin, 'GET', `/api/competitions/${c.id}/stages/final-x/judging`)).statusCode).toBe(404);
    await call(app, cookie.admin, 'PATCH', `/api/competitions/${c.id}`, { version: saved.version, rules: { ...c.rules, stages: [...c.rules.stages, extra] } });
    expect(await judgesOf()).toEqual([]);
  });

  it('a ranking row counts only the judges whose score of the entry is counted: every criterion scored', async () => {
    const { app, cookie } = s;
    const op = cookie['operator.dinkes'];
    const halfway = await juri('juri.separuh');
    const juriId = (await call(app, cookie.juri, 'GET', '/api/auth/me')).json().user.id;
    let c = (
      await call(app, cookie.admin, 'POST', '/api/competitions', { templateId: 'iga-presentasi', name: 'Presentasi IGA Hitung Juri', year: 2026 })
    ).json();
    c = (await call(app, cookie.admin, 'POST', `/api/competitions/${c.id}/status`, { status: 'open', version: c.version })).json();
    const mine = await eligibleCandidate(op, c.id);
    let entry = (await call(app, op, 'POST', `/api/competitions/${c.id}/entries`, { innovationId: mine.innovationId, groupId: 'umum' })).json();
    entry = (await call(app, op, 'POST', `/api/competition-entries/${entry.id}/propose`, { version: entry.version })).json();
    await call(app, cookie.admin, 'POST', `/api/competition-entries/${entry.id}/review`, { version: entry.version, decision: 'accept' });
    c = (await call(app, cookie.admin, 'GET', `/api/competitions/${c.id}`)).json();
    c = (await call(app, cookie.admin, 'POST', `/api/competitions/${c.id}/status`, { status: 'judging', version: c.version })).json();
    const stage = c.rules.stages[c.currentStage];
    const base = `/api/competitions/${c.id}/stages/${stage.id}`;
    expect((await call(app, cookie.admin, 'PUT', `${base}/judges`, { userIds: [juriId, halfway.id] })).statusCode).toBe(200);
    expect((await call(app, cookie.admin, 'POST', `${base}/assignments`, { mode: 'balanced' })).statusCode).toBe(200);
    for (const k of stage.criteria as { id: string }[])
      expect((await call(app, cookie.juri, 'PUT', `/api/judging/${c.id}/scores`, { entryId: entry.id, criterionId: k.id, value: 80 })).statusCode).toBe(200);
    // The second judge stops after the first criterion: not counted, in the score or in the number of judges.
    await call(app, halfway.cookie, 'PUT', `/api/judging/${c.id}/scores`, { entryId: entry.id, criterionId: stage.criteria[0].id, value: 10 });
    const row = (await call(app, cookie.admin, 'GET', `${base}/ranking`)).json().rows[0];
    expect(row).toMatchObject({ entryId: entry.id, score: 80, rank: 1, judges: 1 });
  });

  it('KIPP eligibility: an innovation not at the penerapan stage is refused on the field', async () => {
    const { app, cookie } = s;
    const c = (await call(app, cookie.admin, 'POST', '/api/competitions', { templateId: 'kipp', name: 'Seleksi KIPP 2026', year: 2026 })).json();
    await call(app, cookie.admin, 'POST', `/api/competitions/${c.id}/status`, { status: 'open', version: c.version });
    const list = (await call(app, cookie['operator.dinkes'], 'GET', `/api/competitions/${c.id}/candidates`)).json();
    const refused = list.find((x: { eligibility: { code: string }[] }) => x.eligibility.some((p) => p.code === 'comp_not_implemented'));
    expect(refused).toBeTruthy();
    const res = await call(app, cookie['operator.dinkes'], 'POST', `/api/competitions/${c.id}/entries`, {
      innovationId: refused.innovationId,
      groupId: 'kelompok_umum',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.innovationId).toMatch(/penerapan|implementation/);
    // Another OPD's innovation is not the operator's to enter.
    const other = (await call(app, cookie['operator.dispendukcapil'], 'GET', `/api/competitions/${c.id}/candidates`)).json()[0];
    const foreign = await call(app, cookie['operator.dinkes'], 'POST', `/api/competitions/${c.id}/entries`, {
      innovationId: other.innovationId,
      groupId: 'kelompok_umum',
    });
    expect(foreign.statusCode).toBe(400);
    // KIPP's groups are named "Kelompok …" already: the proposal document does not say it twice.
    const ok = await eligibleCandidate(cookie['operator.dinkes'], c.id);
    const entered = (
      await call(app, cookie['operator.dinkes'], 'POST', `/api/competitions/${c.id}/entries`, { innovationId: ok.innovationId, groupId: 'kelompok_umum' })
    ).json();
    const { extractText } = await import('unpdf');
    const pdf = await call(app, cookie['operator.dinkes'], 'GET', `/api/competition-entries/${entered.id}/proposal.pdf`);
    const text = (await extractText(new Uint8Array(pdf.rawPayload), { mergePages: true })).text;
    expect(text).toContain('SELEKSI KIPP 2026 — KELOMPOK UMUM');
    expect(text).not.toMatch(/KELOMPOK KELOMPOK/);
  });

  it('runs a local contest from entry to published result', { timeout: 60_000 }, async () => {
    const { app, cookie } = s;
    const dinkes = await idOf(app, cookie.admin, '/api/opds?q=Dinkes', () => true);
    const juriDinkes = await juri('juri.dinkes', dinkes);
    const juriLuar = await juri('juri.luar');
    const idOfUser = async (c: string) => (await call(app, c, 'GET', '/api/auth/me')).json().user.id as string;
    const juriUtama = await idOfUser(cookie.juri);

    // The admin creates and opens it; OPDs do not see a draft.
    let c = (await call(app, cookie.admin, 'POST', '/api/competitions', { templateId: 'lomba-lokal', name: 'Lomba Inovasi Kota 2026', year: 2026 })).json();
    expect((await call(app, cookie['operator.dinkes'], 'GET', `/api/competitions/${c.id}`)).statusCode).toBe(404);
    c = (await call(app, cookie.admin, 'POST', `/api/competitions/${c.id}/status`, { status: 'open', version: c.version })).json();
    expect(c.status).toBe('open');

    // An operator enters an innovation: the proposal starts from its profile.
    const mine = await eligibleCandidate(cookie['operator.dinkes'], c.id);
    let entry = (
      await call(app, cookie['operator.dinkes'], 'POST', `/api/competitions/${c.id}/entries`, { innovationId: mine.innovationId, groupId: 'umum' })
    ).json();
    expect(entry.status).toBe('draft');
    expect(entry.proposal.ringkasan.length).toBeGreaterThan(0);
    const prefilled = entry.proposal.ringkasan;
    expect(
      (await call(app, cookie['operator.dinkes'], 'POST', `/api/competitions/${c.id}/entries`, { innovationId: mine.innovationId, groupId: 'umum' }))
        .statusCode,
    ).toBe(409);

    // Over the word limit: refused on the field, nothing stored changes.
    const long = `<p>${'kata '.repeat(301)}</p>`;
    const over = await call(app, cookie['operator.dinkes'], 'PATCH', `/api/competition-entries/${entry.id}`, {
      version: entry.version,
      proposal: { ringkasan: long },
    });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.fields['proposal.ringkasan']).toMatch(/300/);
    expect((await call(app, cookie['operator.dinkes'], 'GET', `/api/competition-entries/${entry.id}`)).json().proposal.ringkasan).toBe(prefilled);
    // A group alone: the proposal stays as it was (absent means unchanged).
    entry = (await call(app, cookie['operator.dinkes'], 'PATCH', `/api/competition-entries/${entry.id}`, { version: entry.version, groupId: 'umum' })).json();
    expect(entry.proposal.ringkasan).toBe(prefilled);
    entry = (
      await call(app, cookie['operator.dinkes'], 'PATCH', `/api/competition-entries/${entry.id}`, {
        version: entry.version,
        proposal: { ringkasan: '<p>Layanan tanpa antre.</p>' },
      })
    ).json();
    expect(entry.proposal.ringkasan).toBe('<p>Layanan tanpa antre.</p>');
    // A stale version never overwrites.
    expect(
      (await call(app, cookie['operator.dinkes'], 'PATCH', `/api/competition-entries/${entry.id}`, { version: 1, proposal: { ringkasan: 'x' } })).statusCode,
    ).toBe(409);
    entry = (await call(app, cookie['operator.dinkes'], 'POST', `/api/competition-entries/${entry.id}/propose`, { version: entry.version })).json();
    expect(entry.status).toBe('proposed');
    // The innovation's page shows it taking part, with the entry's status and no result yet.
    const profileEntry = (await call(app, cookie['operator.dinkes'], 'GET', `/api/innovations?q=${encodeURIComponent(mine.name)}`)).json().items[0];
    const taking = (await call(app, cookie['operator.dinkes'], 'GET', `/api/innovations/entries/${profileEntry.id}/competitions`)).json();
    expect(taking.find((r: { competitionId: string }) => r.competitionId === c.id)).toMatchObject({
      entryId: entry.id,
      competitionStatus: 'open',
      entryStatus: 'proposed',
      rank: null,
      advanced: false,
    });

    // Another OPD's entry; the first operator cannot see it.
    const theirs = await eligibleCandidate(cookie['operator.dispendukcapil'], c.id);
    let other = (
      await call(app, cookie['operator.dispendukcapil'], 'POST', `/api/competitions/${c.id}/entries`, { innovationId: theirs.innovationId, groupId: 'umum' })
    ).json();
    other = (await call(app, cookie['operator.dispendukcapil'], 'POST', `/api/competition-entries/${other.id}/propose`, { version: other.version })).json();
    expect((await call(app, cookie['operator.dinkes'], 'GET', `/api/competition-entries/${other.id}`)).statusCode).toBe(404);
    expect((await call(app, cookie['operator.dinkes'], 'GET', `/api/competitions/${c.id}/entries`)).json().map((e: { id: string }) => e.id)).toEqual([
      entry.id,
    ]);

    // The region reviews: a return needs a note; accepted entries count as submitted.
    expect(
      (await call(app, cookie.admin, 'POST', `/api/competition-entries/${other.id}/review`, { version: other.version, decision: 'return' })).statusCode,
    ).toBe(400);
    for (const e of [entry, other]) {
      const r = await call(app, cookie.admin, 'POST', `/api/competition-entries/${e.id}/review`, { version: e.version, decision: 'accept' });
      expect(r.json().status).toBe('accepted');
    }
    c = (await call(app, cookie.admin, 'GET', `/api/competitions/${c.id}`)).json();
    expect(c.entries).toEqual({ total: 2, proposed: 0, accepted: 2 });

    // Judging: the administrative stage closes, the scored stage gets its judges.
    c = (await call(app, cookie.admin, 'POST', `/api/competitions/${c.id}/status`, { status: 'judging', version: c.version })).json();
    c = (await call(app, cookie.admin, 'POST', `/api/competitions/${c.id}/advance`, { version: c.version })).json();
    expect(c.currentStage).toBe(1);
    const stage = `/api/competitions/${c.id}/stages/penilaian`;
    // Only juri accounts judge.
    const notJuri = await call(app, cookie.admin, 'PUT', `${stage}/judges`, { userIds: [juriDinkes.id, await idOfUser(cookie.pimpinan)] });
    expect(notJuri.json().error.fields['userIds.1']).toMatch(/Juri/);
    let progress = (await call(app, cookie.admin, 'PUT', `${stage}/judges`, { userIds: [juriUtama, juriDinkes.id, juriLuar.id] })).json();
    expect(progress.judges).toHaveLength(3);
    progress = (await call(app, cookie.admin, 'POST', `${stage}/assignments`, { mode: 'balanced' })).json();
    // Every judge scores every entry (no number set) except the one of their own OPD.
    expect(progress.conflicts).toEqual([{ judgeId: juriDinkes.id, entryId: entry.id, reason: 'own_opd' }]);
    const assignedTo = (id: string) => progress.entries.find((e: { entryId: string }) => e.entryId === id).judges.sort();
    expect(assignedTo(entry.id)).toEqual([juriUtama, juriLuar.id].sort());
    expect(assignedTo(other.id)).toEqual([juriUtama, juriDinkes.id, juriLuar.id].sort());
    const byHand = await call(app, cookie.admin, 'POST', `${stage}/assignments`, { mode: 'manual', judgeId: juriDinkes.id, entryId: entry.id, assigned: true });
    expect(byHand.statusCode).toBe(403);

    // Judges see their assignments only, and the server refuses a conflicted or unassigned score.
    const seen = (await call(app, juriDinkes.cookie, 'GET', `/api/judging/${c.id}`)).json();
    expect(seen.entries.map((e: { entryId: string }) => e.entryId)).toEqual([other.id]);
    const refused = await call(app, juriDinkes.cookie, 'PUT', `/api/judging/${c.id}/scores`, { entryId: entry.id, criterionId: 'kualitas', value: 100 });
    expect(refused.statusCode).toBe(403);
    const outside = await call(app, juriLuar.cookie, 'PUT', `/api/judging/${c.id}/scores`, { entryId: entry.id, criterionId: 'kualitas', value: 101 });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.fields.value).toMatch(/100/);

    const score = (judge: string, entryId: string, value: number, comment?: string) =>
      call(app, judge, 'PUT', `/api/judging/${c.id}/scores`, { entryId, criterionId: 'kualitas', value, ...(comment ? { comment } : {}) });
    expect((await score(cookie.juri, entry.id, 80, 'Dampak jelas')).json()).toMatchObject({ value: 80, comment: 'Dampak jelas' });
    // A comment alone leaves the value; a value alone leaves the comment.
    expect(
      (
        await call(app, cookie.juri, 'PUT', `/api/judging/${c.id}/scores`, { entryId: entry.id, criterionId: 'kualitas', comment: 'Dampak sangat jelas' })
      ).json().value,
    ).toBe(80);
    expect((await score(cookie.juri, entry.id, 84)).json().comment).toBe('Dampak sangat jelas');
    await score(cookie.juri, other.id, 70);
    await score(juriDinkes.cookie, other.id, 90);
    await score(juriLuar.cookie, entry.id, 76);

    // A judge who moves into the entry's OPD after being assigned is refused from then on.
    await call(app, cookie.admin, 'PATCH', `/api/users/${juriLuar.id}`, { opdId: dinkes });
    expect((await score(juriLuar.cookie, entry.id, 10)).statusCode).toBe(403);

    // The live ranking is the contract's: the moved judge's score no longer counts (conflict).
    const live = (await call(app, cookie.admin, 'GET', `${stage}/ranking`)).json();
    const contract = rankEntries({
      criteria: [{ id: 'kualitas', weight: 1, max: 100 }],
      scores: [
        { judge: 'u', entry: entry.id, criterion: 'kualitas', value: 84 },
        { judge: 'u', entry: other.id, criterion: 'kualitas', value: 70 },
        { judge: 'd', entry: other.id, criterion: 'kualitas', value: 90 },
        { judge: 'l', entry: entry.id, criterion: 'kualitas', value: 76 },
      ],
      conflicts: [{ judge: 'l', entry: entry.id }],
      normalise: 'none',
    });
    expect(live.rows.map((r: { entryId: string; score: number; rank: number }) => [r.entryId, r.score, r.rank])).toEqual(
      contract.map((r) => [r.entry, r.score, r.rank]),
    );
    expect(live.rows[0]).toMatchObject({ entryId: entry.id, score: 84, rank: 1 });

    // Lock fixes the final; publish shows it on the competition and on the innovation.
    expect((await call(app, cookie.admin, 'POST', `/api/competitions/${c.id}/status`, { status: 'published', version: c.version })).statusCode).toBe(409);
    c = (await call(app, cookie.admin, 'POST', `/api/competitions/${c.id}/status`, { status: 'locked', version: c.version })).json();
    expect(c.status).toBe('locked');
    expect((await score(cookie.juri, entry.id, 1)).statusCode).toBe(409);
    c = (await call(app, cookie.admin, 'POST', `/api/competitions/${c.id}/status`, { status: 'published', version: c.version })).json();
    expect(c.results.map((r: { entryId: string; rank: number }) => [r.entryId, r.rank])).toEqual([
      [entry.id, 1],
      [other.id, 2],
    ]);
    const seenByOpd = (await call(app, cookie['operator.dinkes'], 'GET', `/api/competition-entries/${entry.id}`)).json();
    expect(seenByOpd.results.find((r: { stageId: string }) => r.stageId === '_final')).toMatchObject({ rank: 1, advanced: true });
    const periodEntry = (await call(app, cookie['operator.dinkes'], 'GET', `/api/innovations?q=${encodeURIComponent(mine.name)}`)).json().items[0];
    const onInnovation = (await call(app, cookie['operator.dinkes'], 'GET', `/api/innovations/entries/${periodEntry.id}/competitions`)).json();
    expect(onInnovation).toEqual([expect.objectContaining({ competitionId: c.id, rank: 1, programme: 'local' })]);

    // The leaders' report names the published competition and its winner.
    const { extractText } = await import('unpdf');
    const report = await call(app, cookie.pimpinan, 'GET', '/api/exports/report.pdf');
    expect(report.statusCode).toBe(200);
    const reportText = (await extractText(new Uint8Array(report.rawPayload), { mergePages: true })).text;
    expect(reportText).toContain('Kompetisi dan penghargaan');
    expect(reportText).toContain('Lomba Inovasi Kota 2026 (2026)');
    expect(reportText).toContain(`1. ${mine.name}`);

    // The published winners wait for the region's reward (SPD 12); the first one is recorded from its candidate.
    const waiting = (await call(app, cookie.admin, 'GET', '/api/innovator-rewards'))
      .json()
      .candidates.filter((x: { competitionId: string | null }) => x.competitionId === c.id);
    expect(waiting.map((x: { innovationId: string; award: string }) => [x.innovationId, x.award])).toContainEqual([
      mine.innovationId,
      'Lomba Inovasi Kota 2026 — peringkat 1',
    ]);
    const first = waiting.find((x: { innovationId: string }) => x.innovationId === mine.innovationId);
    const given = await call(app, cookie.admin, 'POST', '/api/innovator-rewards', {
      ...first,
      recipient: 'Tim Ambulans Desa',
      certificate: true,
      givenOn: '2026-11-20',
    });
    expect(given.statusCode, given.body).toBe(201);
    expect((await call(app, cookie.admin, 'POST', '/api/innovator-rewards', { ...first, recipient: 'Lagi', certificate: true })).statusCode).toBe(409);
    const after = (await call(app, cookie.admin, 'GET', '/api/innovator-rewards')).json();
    expect(
      after.candidates.some((x: { competitionId: string | null; innovationId: string }) => x.competitionId === c.id && x.innovationId === mine.innovationId),
    ).toBe(false);
  });

  it('invites an outside judge, who sets a password by the link and judges only that competition; reminders once a day', { timeout: 60_000 }, async () => {
    const { app, cookie } = s;
    const open = async (name: string) => {
      const c = (await call(app, cookie.admin, 'POST', '/api/competitions', { templateId: 'iga-presentasi', name, year: 2026 })).json();
      return (await call(app, cookie.admin, 'POST', `/api/competitions/${c.id}/status`, { status: 'open', version: c.version })).json();
    };
    let c = await open('Presentasi Inovasi Kecamatan');
    const other = await open('Lomba Lain');
    const candidate = await eligibleCandidate(cookie['operator.dinkes'], c.id);
    let e = (
      await call(app, cookie['operator.dinkes'], 'POST', `/api/competitions/${c.id}/entries`, { innovationId: candidate.innovationId, groupId: 'umum' })
    ).json();
    e = (await call(app, cookie['operator.dinkes'], 'POST', `/api/competition-entries/${e.id}/propose`, { version: e.version })).json();
    await call(app, cookie.admin, 'POST', `/api/competition-entries/${e.id}/review`, { version: e.version, decision: 'accept' });
    c = (await call(app, cookie.admin, 'POST', `/api/competitions/${c.id}/status`, { status: 'judging', version: c.version })).json();

    const invited = await call(app, cookie.admin, 'POST', `/api/competitions/${c.id}/stages/presentasi/invitations`, {
      fullName: 'Prof. Dr. Bambang Susilo, M.Si.',
      email: 'bambang.susilo@kampus.ac.id',
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const { username, link, userId } = invited.json();
    expect(username).toBe('juri.bambang.susilo');
    // The same e-mail cannot be invited twice; a second judge of the same name gets the next free username.
    expect(
      (
        await call(app, cookie.admin, 'POST', `/api/competitions/${c.id}/stages/presentasi/invitations`, {
          fullName: 'X Y Z',
          email: 'BAMBANG.susilo@kampus.ac.id',
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (await call(app, cookie.admin, 'POST', `/api/competitions/${c.id}/stages/presentasi/invitations`, { fullName: 'Bambang Susilo' })).json().username,
    ).toBe('juri.bambang.susilo2');

    const token = new URL(link).searchParams.get('token');
    expect(new URL(link).searchParams.get('invite')).toBe('1');
    expect((await call(app, null, 'POST', '/api/auth/reset-password', { token, newPassword: 'Lampu-Kuning-Sore-41' })).statusCode).toBe(200);
    const outside = await login(app, username, 'Lampu-Kuning-Sore-41');
    expect((await call(app, outside, 'GET', '/api/judging')).json().map((j: { competitionId: string }) => j.competitionId)).toEqual([c.id]);
    // Nothing of the region is theirs to read, and another competition of the region does not offer them.
    expect((await call(app, outside, 'GET', '/api/opds')).statusCode).toBe(403);
    expect((await call(app, cookie.admin, 'GET', `/api/competitions/${other.id}/stages/penilaian/judging`)).statusCode).toBe(404);
    const offered = (await call(app, cookie.admin, 'GET', `/api/competitions/${other.id}/stages/presentasi/judging`))
      .json()
      .candidates.map((j: { id: string }) => j.id);
    expect(offered).not.toContain(userId);
    expect((await call(app, cookie.admin, 'PUT', `/api/competitions/${other.id}/stages/presentasi/judges`, { userIds: [userId] })).statusCode).toBe(400);

    await call(app, cookie.admin, 'POST', `/api/competitions/${c.id}/stages/presentasi/assignments`, { mode: 'balanced' });
    const first = await call(app, cookie.admin, 'POST', `/api/competitions/${c.id}/stages/presentasi/reminders`);
    expect(first.json().reminded).toBe(2);
    expect((await call(app, cookie.admin, 'POST', `/api/competitions/${c.id}/stages/presentasi/reminders`)).json().reminded).toBe(0);
    const bell = (await call(app, outside, 'GET', '/api/notifications')).json();
    expect(bell.items[0]).toMatchObject({ kind: 'judging_pending', link: `/penjurian/${c.id}` });
    expect(bell.items[0].body).toMatch(/1 usulan/);
  });

  it('records results of national competitions on the innovation; a KIPP Top 45 is a past top winner for KIPP', async () => {
    const { app, cookie } = s;
    const op = cookie['operator.dinkes'];
    const kipp = (await call(app, cookie.admin, 'POST', '/api/competitions', { templateId: 'kipp', name: 'Seleksi KIPP Ulang', year: 2026 })).json();
    await call(app, cookie.admin, 'POST', `/api/competitions/${kipp.id}/status`, { status: 'open', version: kipp.version });
    const before = await eligibleCandidate(op, kipp.id);
    const entry = (await call(app, op, 'GET', `/api/innovations?q=${encodeURIComponent(before.name)}`)).json().items[0];
    const url = `/api/innovations/entries/${entry.id}/national-results`;
    const bad = await call(app, op, 'POST', url, { programme: 'kipp', year: 2024, result: 'juara', evidenceUrl: 'ftp://x' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['evidenceUrl', 'result']);
    const saved = await call(app, op, 'POST', url, {
      programme: 'kipp',
      year: 2024,
      result: 'top45',
      title: 'Top 45 KIPP 2024',
      evidenceUrl: 'https://menpan.go.id/top45-2024',
    });
    expect(saved.statusCode, saved.body).toBe(201);
    expect((await call(app, cookie.pimpinan, 'GET', url)).json()).toEqual([expect.objectContaining({ programme: 'kipp', result: 'top45', year: 2024 })]);
    // Another OPD's operator neither reads nor records it.
    expect((await call(app, cookie['operator.dispendukcapil'], 'GET', url)).statusCode).toBe(404);
    expect((await call(app, cookie['operator.dispendukcapil'], 'POST', url, { programme: 'iga', year: 2024, result: 'winner' })).statusCode).toBe(404);
    const after = (await call(app, op, 'GET', `/api/competitions/${kipp.id}/candidates`))
      .json()
      .find((c: { innovationId: string }) => c.innovationId === before.innovationId);
    expect(after.eligibility.map((p: { code: string }) => p.code)).toContain('comp_past_top_winner');
    expect((await call(app, op, 'DELETE', `${url}/${saved.json().id}`)).statusCode).toBe(200);
    expect((await call(app, op, 'GET', url)).json()).toEqual([]);
  });

  it('turns a proposal into a PDF for the national site: a KIPP draft from the profile, an entry as edited; scope held', async () => {
    const { app, cookie } = s;
    const op = cookie['operator.dinkes'];
    const { extractText } = await import('unpdf');
    const textOf = async (res: { rawPayload: Buffer }) => (await extractText(new Uint8Array(res.rawPayload), { mergePages: true })).text;
    const item = (await call(app, op, 'GET', '/api/innovations?pageSize=1')).json().items[0];
    const draft = await call(app, op, 'GET', `/api/innovations/entries/${item.id}/kipp-proposal.pdf`);
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.headers['content-type']).toBe('application/pdf');
    expect(draft.headers['content-disposition']).toMatch(/attachment; filename="draf-kipp-[a-z0-9-]+-\d{4}\.pdf"/);
    const draftText = await textOf(draft);
    expect(draftText).toContain('KIPP / SINOVIK');
    expect(draftText).toContain('draf dari profil inovasi');
    expect(draftText).toContain('Pemeriksaan sebelum diunggah');
    expect(draftText).toMatch(/Ringkasan[\s\S]*\d+ \/ 200 kata/);
    // Another OPD's operator gets nothing; a judge has no business with the registry.
    expect((await call(app, cookie['operator.dispendukcapil'], 'GET', `/api/innovations/entries/${item.id}/kipp-proposal.pdf`)).statusCode).toBe(404);
    expect((await call(app, cookie.juri, 'GET', `/api/innovations/entries/${item.id}/kipp-proposal.pdf`)).statusCode).toBe(403);

    let c = (await call(app, cookie.admin, 'POST', '/api/competitions', { templateId: 'lomba-lokal', name: 'Lomba Dokumen Usulan', year: 2026 })).json();
    c = (await call(app, cookie.admin, 'POST', `/api/competitions/${c.id}/status`, { status: 'open', version: c.version })).json();
    const mine = await eligibleCandidate(op, c.id);
    let entry = (await call(app, op, 'POST', `/api/competitions/${c.id}/entries`, { innovationId: mine.innovationId, groupId: 'umum' })).json();
    entry = (
      await call(app, op, 'PATCH', `/api/competition-entries/${entry.id}`, {
        version: entry.version,
        proposal: { ringkasan: '<p>Antrean &amp; berkas</p><ol><li>Daftar daring</li><li>Ambil di loket</li></ol>' },
      })
    ).json();
    const pdf = await call(app, op, 'GET', `/api/competition-entries/${entry.id}/proposal.pdf`);
    expect(pdf.statusCode, pdf.body).toBe(200);
    const text = await textOf(pdf);
    expect(text).toContain('LOMBA DOKUMEN USULAN — KELOMPOK UMUM');
    expect(text).toContain('Antrean & berkas');
    expect(text).toContain('Daftar daring');
    expect(text).toContain('Semua bagian terisi dan tidak melebihi batas kata.');
    expect(text).toContain('usulan yang sedang disusun');
    // An empty section is named on the cover.
    entry = (await call(app, op, 'PATCH', `/api/competition-entries/${entry.id}`, { version: entry.version, proposal: { ringkasan: '' } })).json();
    expect(await textOf(await call(app, op, 'GET', `/api/competition-entries/${entry.id}/proposal.pdf`))).toContain('Belum diisi: Ringkasan');
    expect((await call(app, cookie['operator.dispendukcapil'], 'GET', `/api/competition-entries/${entry.id}/proposal.pdf`)).statusCode).toBe(404);
    expect((await call(app, cookie.pimpinan, 'GET', `/api/competition-entries/${entry.id}/proposal.pdf`)).statusCode).toBe(200);
  });

  it('keeps the rewards given to innovators and says which SPD 12 option they support; bad input named on the field', async () => {
    const { app, cookie } = s;
    const op = cookie['operator.dispendukcapil'];
    const item = (await call(app, op, 'GET', '/api/innovations?pageSize=1')).json().items[0];
    const national = (
      await call(app, op, 'POST', `/api/innovations/entries/${item.id}/national-results`, {
        programme: 'iga',
        year: 2026,
        result: 'winner',
        title: 'Juara IGA 2026',
      })
    ).json();
    const before = (await call(app, cookie.admin, 'GET', '/api/innovator-rewards?year=2026')).json();
    const candidate = before.candidates.find((x: { nationalResultId: string | null }) => x.nationalResultId === national.id);
    expect(candidate).toMatchObject({ source: 'national', award: 'Juara IGA 2026', year: 2026, entryId: item.id });

    const body = { ...candidate, recipient: 'Tim Adminduk', certificate: true, givenOn: '2026-10-01' };
    const bad = await call(app, cookie.admin, 'POST', '/api/innovator-rewards', { ...body, recipient: ' ', givenOn: '2031-01-01', incentiveAmount: -5 });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['incentiveAmount', 'recipient']);
    const future = await call(app, cookie.admin, 'POST', '/api/innovator-rewards', { ...body, givenOn: '2099-01-01' });
    expect(future.json().error.fields.givenOn).toMatch(/setelah hari ini|after today/);
    expect((await call(app, cookie.admin, 'POST', '/api/innovator-rewards', { ...body, givenOn: '2021-01-01' })).json().error.fields.givenOn).toMatch(
      /tahun capaian|award’s year/,
    );
    // An OPD records nothing; the region does.
    expect((await call(app, op, 'POST', '/api/innovator-rewards', body)).statusCode).toBe(403);
    let saved = (await call(app, cookie.admin, 'POST', '/api/innovator-rewards', body)).json();
    const base = before.spd12;
    let now = (await call(app, cookie.admin, 'GET', '/api/innovator-rewards?year=2026')).json();
    expect(now.spd12).toMatchObject({ from: 2025, until: 2026, certificates: base.certificates + 1 });
    expect(now.spd12.option).toBeGreaterThanOrEqual(1);
    // A reward beside the piagam: option 2. Only the fields sent change.
    saved = (
      await call(app, cookie.admin, 'PATCH', `/api/innovator-rewards/${saved.id}`, {
        version: saved.version,
        incentive: 'Uang pembinaan',
        incentiveAmount: 5_000_000,
      })
    ).json();
    expect(saved).toMatchObject({ recipient: 'Tim Adminduk', givenOn: '2026-10-01', incentive: 'Uang pembinaan', incentiveAmount: 5_000_000 });
    now = (await call(app, cookie.admin, 'GET', '/api/innovator-rewards?year=2026')).json();
    expect(now.spd12).toMatchObject({ incentives: base.incentives + 1, option: 2 });
    expect(now.candidates.some((x: { nationalResultId: string | null }) => x.nationalResultId === national.id)).toBe(false);
    // Outside the window (the period's year and the one before) it counts for nothing.
    expect((await call(app, cookie.admin, 'GET', '/api/innovator-rewards?year=2029')).json().spd12).toMatchObject({ certificates: 0, option: 0 });
    expect((await call(app, cookie.admin, 'PATCH', `/api/innovator-rewards/${saved.id}`, { version: 1, decree: 'x' })).statusCode).toBe(409);
    // The OPD sees its own rewards; another OPD does not.
    expect((await call(app, op, 'GET', '/api/innovator-rewards')).json().rewards.map((r: { id: string }) => r.id)).toContain(saved.id);
    expect((await call(app, cookie['operator.dinkes'], 'GET', '/api/innovator-rewards')).json().rewards.map((r: { id: string }) => r.id)).not.toContain(
      saved.id,
    );
    expect((await call(app, cookie.juri, 'GET', '/api/innovator-rewards')).statusCode).toBe(403);
    expect((await call(app, cookie.admin, 'DELETE', `/api/innovator-rewards/${saved.id}`)).statusCode).toBe(200);
    expect((await call(app, cookie.admin, 'GET', '/api/innovator-rewards?year=2026')).json().spd12.certificates).toBe(base.certificates);
  });
});
