// Statuses, roles, kinds and profile codes are closed lists owned by the domain; the database holds the same
// lists as CHECK constraints (migration 0016), so it refuses a value no code knows.
import { getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_STATUSES } from '../../src/contract/evidence-check';
import { FEEDBACK_STATUSES } from '../../src/domain/catalogue/feedback';
import { AGREEMENT_KINDS, REPLICATION_STATUSES } from '../../src/domain/catalogue/replication';
import { NATIONAL_PROGRAMMES, NATIONAL_RESULTS } from '../../src/domain/competitions/national';
import { REWARD_SOURCES } from '../../src/domain/competitions/rewards';
import { COMPETITION_ENTRY_STATUSES, COMPETITION_STATUSES } from '../../src/domain/competitions/status';
import { EVIDENCE_KINDS } from '../../src/domain/evidence/evidence-kinds';
import { REVIEW_STATUSES } from '../../src/domain/evidence/review';
import { IMPORT_JOB_STATUSES } from '../../src/domain/imports/import-jobs';
import { BENTUK, INISIATOR, JENIS, TAHAPAN, TEMATIK } from '../../src/domain/innovation/profile';
import { ENTRY_STATUSES } from '../../src/domain/innovation/workflow';
import { builtinIpkdFramework } from '../../src/domain/ipkd/builtin';
import { FISCAL_CAPACITIES, IPKD_PREDICATES } from '../../src/domain/ipkd/framework';
import { IPKD_REVIEW_STATUSES } from '../../src/domain/ipkd/review';
import { LOCALES } from '../../src/domain/messages';
import { OPD_KINDS, REGION_TYPES, UNIT_KINDS } from '../../src/domain/organisation';
import { PERIOD_STATUSES } from '../../src/domain/period-status';
import { NOTIFICATION_KINDS } from '../../src/domain/reminders/notification-kinds';
import { EXPORT_JOB_KINDS, EXPORT_JOB_STATUSES } from '../../src/domain/reports/export-jobs';
import { ROLES } from '../../src/domain/roles';
import type { Database } from '../../src/server/db/client';
import {
  catalogueEntries,
  citizenFeedback,
  competitionEntries,
  competitions,
  cooperationAgreements,
  entryAnswers,
  evidence,
  evidenceChecks,
  exportJobs,
  importJobs,
  innovationEntries,
  innovationMessages,
  innovations,
  innovatorRewards,
  ipkdValues,
  ipkdYears,
  nationalResults,
  notifications,
  opds,
  periods,
  regionAnswers,
  regions,
  replications,
  units,
  users,
} from '../../src/server/db/schema';
import { openTestDatabase } from '../support/app';

let database: Database;
let drop: () => Promise<void>;
/** Rows of the seeded demo region (and a period, an innovation and an entry made here) the new rows hang on. */
const ids = { region: '', opd: '', user: '', period: '', innovation: '', entry: '', competition: '' };
let serial = 0;
const next = () => ++serial;

/** A valid row of each table with a constrained column; every call makes a new one (unique names, years, subjects). */
const rows = {
  regions: () => ({ name: `Kabupaten Uji ${next()}`, type: 'kabupaten' as const, kemendagriCode: `99.${next()}` }),
  opds: () => ({ regionId: ids.region, name: `Dinas Uji ${next()}`, shortName: `DU${next()}`, kind: 'dinas' as const }),
  units: () => ({ regionId: ids.region, opdId: ids.opd, name: `UPT Uji ${next()}`, kind: 'upt' as const }),
  users: () => ({ username: `uji${next()}`, fullName: 'Pengguna Uji', role: 'pimpinan' as const, regionId: ids.region, passwordHash: 'x' }),
  periods: () => ({
    regionId: ids.region,
    year: 1900 + next(),
    frameworkId: 'iid-2026',
    framework: {},
    status: 'closed' as const,
    penjaringanOpensOn: '2026-06-01',
    penjaringanClosesOn: '2026-08-15',
  }),
  innovationEntries: async () => {
    const [innovation] = await database.db.insert(innovations).values({ regionId: ids.region, opdId: ids.opd }).returning();
    return { innovationId: innovation.id, periodId: ids.period, regionId: ids.region, opdId: ids.opd, name: 'Inovasi Uji' };
  },
  entryAnswers: () => ({ entryId: ids.entry, indicatorCode: `u${next()}` }),
  regionAnswers: () => ({ periodId: ids.period, indicatorCode: `u${next()}` }),
  innovationMessages: () => ({ innovationId: ids.innovation, regionId: ids.region, authorName: 'Uji', authorRole: 'operator_opd' as const, body: 'Halo' }),
  notifications: () => ({ userId: ids.user, kind: 'deadline' as const, title: 'Uji', body: 'Uji', day: '2026-07-01', subject: `s${next()}` }),
  exportJobs: () => ({ regionId: ids.region, periodId: ids.period, kind: 'package' as const }),
  evidence: () => ({ regionId: ids.region, periodId: ids.period, indicatorCode: '1', kind: 'link' as const, url: 'https://contoh.go.id/bukti' }),
  evidenceChecks: async () => {
    const [row] = await database.db.insert(evidence).values(rows.evidence()).returning();
    return { evidenceId: row.id };
  },
  competitions: () => ({ regionId: ids.region, name: `Lomba Uji ${next()}`, year: 2026, templateId: 'lomba-lokal', rules: {} as never }),
  nationalResults: () => ({ regionId: ids.region, innovationId: ids.innovation, programme: 'kipp' as const, year: 2025, result: 'top99' as const }),
  innovatorRewards: () => ({
    regionId: ids.region,
    innovationId: ids.innovation,
    source: 'other' as const,
    award: 'Juara 1',
    year: 2026,
    recipient: 'Tim Inovasi',
  }),
  catalogueEntries: async () => {
    const [innovation] = await database.db.insert(innovations).values({ regionId: ids.region, opdId: ids.opd }).returning();
    const n = next();
    return {
      innovationId: innovation.id,
      regionId: ids.region,
      opdId: ids.opd,
      entryId: ids.entry,
      slug: `uji-${n}`,
      year: 2026,
      name: 'Inovasi Uji',
      opdName: 'Dinas Uji',
    };
  },
  replications: () => ({ innovationId: ids.innovation, regionId: ids.region, opdId: ids.opd, replicatingName: 'Kabupaten Lain', requesterName: 'Pemohon' }),
  cooperationAgreements: () => ({ regionId: ids.region, partnerName: 'Kabupaten Lain', title: 'Kerja sama', kind: 'pks' as const, signedOn: '2026-01-05' }),
  citizenFeedback: () => ({ regionId: ids.region, innovationId: ids.innovation, opdId: ids.opd, rating: 4, senderHash: `h${next()}` }),
  importJobs: () => ({ regionId: ids.region, periodId: ids.period, status: 'ready' as const, fileName: 'inovasi.xlsx' }),
  ipkdYears: () => {
    const framework = builtinIpkdFramework('ipkd-2026');
    if (!framework) throw new Error('no built-in IPKD 2026');
    return { regionId: ids.region, measurementYear: 2100 - next(), frameworkId: framework.id, framework };
  },
  ipkdValues: async () => {
    const [year] = await database.db.insert(ipkdYears).values(rows.ipkdYears()).returning();
    return { yearId: year.id, indicatorId: `D${next()}` };
  },
  competitionEntries: async () => {
    const [innovation] = await database.db.insert(innovations).values({ regionId: ids.region, opdId: ids.opd }).returning();
    return { competitionId: ids.competition, regionId: ids.region, opdId: ids.opd, innovationId: innovation.id, groupId: 'umum' };
  },
};
type RowOf = keyof typeof rows;

/** Every constrained column: its table, the Drizzle field, the row builder and the domain list it must hold. */
const CLOSED: { table: PgTable; field: string; row: RowOf; values: readonly string[] }[] = [
  { table: regions, field: 'type', row: 'regions', values: REGION_TYPES },
  { table: opds, field: 'kind', row: 'opds', values: OPD_KINDS },
  { table: units, field: 'kind', row: 'units', values: UNIT_KINDS },
  { table: users, field: 'role', row: 'users', values: ROLES },
  { table: users, field: 'locale', row: 'users', values: LOCALES },
  { table: periods, field: 'status', row: 'periods', values: PERIOD_STATUSES },
  { table: innovationEntries, field: 'status', row: 'innovationEntries', values: ENTRY_STATUSES },
  { table: innovationEntries, field: 'tahapan', row: 'innovationEntries', values: TAHAPAN },
  { table: innovationEntries, field: 'inisiatorType', row: 'innovationEntries', values: INISIATOR },
  { table: innovationEntries, field: 'jenis', row: 'innovationEntries', values: JENIS },
  { table: innovationEntries, field: 'bentuk', row: 'innovationEntries', values: BENTUK },
  { table: innovationEntries, field: 'tematik', row: 'innovationEntries', values: TEMATIK },
  { table: entryAnswers, field: 'reviewStatus', row: 'entryAnswers', values: REVIEW_STATUSES },
  { table: regionAnswers, field: 'reviewStatus', row: 'regionAnswers', values: REVIEW_STATUSES },
  { table: innovationMessages, field: 'authorRole', row: 'innovationMessages', values: ROLES },
  { table: notifications, field: 'kind', row: 'notifications', values: NOTIFICATION_KINDS },
  { table: exportJobs, field: 'kind', row: 'exportJobs', values: EXPORT_JOB_KINDS },
  { table: exportJobs, field: 'status', row: 'exportJobs', values: EXPORT_JOB_STATUSES },
  { table: evidence, field: 'kind', row: 'evidence', values: EVIDENCE_KINDS },
  { table: evidenceChecks, field: 'status', row: 'evidenceChecks', values: CHECK_STATUSES },
  { table: competitions, field: 'status', row: 'competitions', values: COMPETITION_STATUSES },
  { table: competitionEntries, field: 'status', row: 'competitionEntries', values: COMPETITION_ENTRY_STATUSES },
  { table: nationalResults, field: 'programme', row: 'nationalResults', values: NATIONAL_PROGRAMMES },
  { table: nationalResults, field: 'result', row: 'nationalResults', values: NATIONAL_RESULTS },
  { table: innovatorRewards, field: 'source', row: 'innovatorRewards', values: REWARD_SOURCES },
  { table: catalogueEntries, field: 'tahapan', row: 'catalogueEntries', values: TAHAPAN },
  { table: catalogueEntries, field: 'jenis', row: 'catalogueEntries', values: JENIS },
  { table: catalogueEntries, field: 'bentuk', row: 'catalogueEntries', values: BENTUK },
  { table: replications, field: 'status', row: 'replications', values: REPLICATION_STATUSES },
  { table: replications, field: 'agreementKind', row: 'replications', values: AGREEMENT_KINDS },
  { table: cooperationAgreements, field: 'kind', row: 'cooperationAgreements', values: AGREEMENT_KINDS },
  { table: citizenFeedback, field: 'status', row: 'citizenFeedback', values: FEEDBACK_STATUSES },
  { table: importJobs, field: 'status', row: 'importJobs', values: IMPORT_JOB_STATUSES },
  { table: ipkdYears, field: 'fiscalCapacity', row: 'ipkdYears', values: FISCAL_CAPACITIES },
  { table: ipkdYears, field: 'officialPredicate', row: 'ipkdYears', values: IPKD_PREDICATES },
  { table: ipkdValues, field: 'reviewStatus', row: 'ipkdValues', values: IPKD_REVIEW_STATUSES },
];

const columnName = (c: (typeof CLOSED)[number]) => (c.table as unknown as Record<string, { name: string }>)[c.field].name;
const label = (c: (typeof CLOSED)[number]) => `${getTableName(c.table)}.${columnName(c)}`;

/** The PostgreSQL error behind Drizzle's wrapper (node-postgres gives code and constraint). */
async function refusal(write: Promise<unknown>): Promise<{ code?: string; constraint?: string }> {
  try {
    await write;
  } catch (err) {
    const e = err as { cause?: { code?: string; constraint?: string }; code?: string; constraint?: string };
    return e.cause?.code ? e.cause : e;
  }
  throw new Error('the database accepted the row');
}

beforeAll(async () => {
  ({ database, drop } = await openTestDatabase('seeded'));
  const { db } = database;
  const [[region], [opd], [user]] = await Promise.all([db.select().from(regions).limit(1), db.select().from(opds).limit(1), db.select().from(users).limit(1)]);
  Object.assign(ids, { region: region.id, opd: opd.id, user: user.id });
  ids.period = (await db.insert(periods).values(rows.periods()).returning())[0].id;
  const entry = await rows.innovationEntries();
  ids.innovation = entry.innovationId;
  ids.entry = (await db.insert(innovationEntries).values(entry).returning())[0].id;
  ids.competition = (await db.insert(competitions).values(rows.competitions()).returning())[0].id;
});
afterAll(async () => {
  await database.close();
  await drop();
});

describe('closed lists in the database', () => {
  it('holds each domain list, in order, as the CHECK constraint of its column, and no other CHECK', async () => {
    const { rows: constraints } = (await database.db.execute(sql`
      select c.conname as name, t.relname as "table", a.attname as "column", pg_get_constraintdef(c.oid) as definition
      from pg_constraint c
      join pg_class t on t.oid = c.conrelid
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'c' and c.connamespace = 'public'::regnamespace`)) as unknown as {
      rows: { name: string; table: string; column: string; definition: string }[];
    };
    // PostgreSQL keeps `x in ('a', 'b')` as `x = ANY (ARRAY['a'::text, 'b'::text])` (one value: `x = 'a'::text`).
    const inDatabase = Object.fromEntries(constraints.map((c) => [`${c.table}.${c.column}`, [...c.definition.matchAll(/'([^']*)'::text/g)].map((m) => m[1])]));
    const inDomain = Object.fromEntries(CLOSED.map((c) => [label(c), [...c.values]]));
    expect(inDatabase).toEqual(inDomain);
    for (const c of constraints) expect(c.name).toBe(`${c.table}_${c.column}_check`);
  });

  it.each(CLOSED.map((c) => [label(c), c] as const))('refuses an unknown value in %s, takes every listed one', async (_, c) => {
    const { db } = database;
    const refused = await refusal(db.insert(c.table).values({ ...(await rows[c.row]()), [c.field]: 'tidak_dikenal' } as never));
    expect(refused).toMatchObject({ code: '23514', constraint: `${getTableName(c.table)}_${columnName(c)}_check` });
    // Each row is new (unique names, years, subjects); the demo region has no open period yet, so one may be opened.
    for (const value of c.values) await db.insert(c.table).values({ ...(await rows[c.row]()), [c.field]: value } as never);
  });
});
