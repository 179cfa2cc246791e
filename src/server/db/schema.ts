// Database schema (PostgreSQL; the same migrations run on the embedded server and on DATABASE_URL's).
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { CHECK_STATUSES } from '../../contract/evidence-check';
import { FEEDBACK_STATUSES } from '../../domain/catalogue/feedback';
import { AGREEMENT_KINDS, REPLICATION_STATUSES } from '../../domain/catalogue/replication';
import { NATIONAL_PROGRAMMES, NATIONAL_RESULTS } from '../../domain/competitions/national';
import { REWARD_SOURCES } from '../../domain/competitions/rewards';
import { COMPETITION_ENTRY_STATUSES, COMPETITION_STATUSES } from '../../domain/competitions/status';
import type { CompetitionRules } from '../../domain/competitions/template';
import { EVIDENCE_KINDS } from '../../domain/evidence/evidence-kinds';
import { REVIEW_STATUSES } from '../../domain/evidence/review';
import { IMPORT_JOB_STATUSES } from '../../domain/imports/import-jobs';
import { BENTUK, INISIATOR, JENIS, TAHAPAN, TEMATIK } from '../../domain/innovation/profile';
import { ENTRY_STATUSES } from '../../domain/innovation/workflow';
import { FISCAL_CAPACITIES, IPKD_PREDICATES, type IpkdFramework, type IpkdRules } from '../../domain/ipkd/framework';
import { IPKD_REVIEW_STATUSES } from '../../domain/ipkd/review';
import { LOCALES } from '../../domain/messages';
import { OPD_KINDS, REGION_TYPES, UNIT_KINDS } from '../../domain/organisation';
import { PERIOD_STATUSES } from '../../domain/period-status';
import { NOTIFICATION_KINDS } from '../../domain/reminders/notification-kinds';
import { EXPORT_JOB_KINDS, EXPORT_JOB_STATUSES } from '../../domain/reports/export-jobs';
import { ROLES } from '../../domain/roles';

/**
 * A column holding one of a closed list owned by the domain (statuses, roles, kinds, profile codes): the
 * database refuses any other value, so a bug or a hand-made UPDATE cannot store a status no code knows.
 * The column's `enum` option types it with the same list. Null passes (optional profile codes).
 */
const oneOf = (name: string, column: AnyPgColumn, values: readonly string[]) =>
  check(name, sql`${column} in (${sql.raw(values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', '))})`);

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/**
 * Rows a period's cached figures depend on carry a revision taken from this sequence, renewed by a trigger
 * on every update (migration 0012). Instances compare Σ revision + count per period to know, with one
 * cheap query, whether what they computed is still current (shared/periods/period-memo.ts).
 */
export const revisionSequence = pgSequence('inovda_revision');
const revision = () => bigint('revision', { mode: 'number' }).notNull().default(sql`nextval('inovda_revision')`);

export const regions = pgTable(
  'regions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    type: text('type', { enum: REGION_TYPES }).notNull(),
    kemendagriCode: text('kemendagri_code').notNull(),
    address: text('address'),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [uniqueIndex('regions_kemendagri_code_uq').on(t.kemendagriCode), oneOf('regions_type_check', t.type, REGION_TYPES)],
);

/** A region's letterhead (kop surat) and signing official for its printed reports; one row per region. */
export const regionLetterheads = pgTable('region_letterheads', {
  regionId: uuid('region_id')
    .primaryKey()
    .references(() => regions.id, { onDelete: 'cascade' }),
  agencyName: text('agency_name'),
  address: text('address'),
  phone: text('phone'),
  email: text('email'),
  /** A small PNG/JPEG kept in the row (base64): a letterhead logo is tens of kilobytes and must never be purged with evidence. */
  logoMime: text('logo_mime'),
  logoData: text('logo_data'),
  signPlace: text('sign_place'),
  /** Null: the report is dated the day it is printed. */
  signDate: date('sign_date'),
  signerTitle: text('signer_title'),
  signerName: text('signer_name'),
  signerNip: text('signer_nip'),
  ...timestamps,
});

export const opds = pgTable(
  'opds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    kind: text('kind', { enum: OPD_KINDS }).notNull(),
    headName: text('head_name'),
    headNip: text('head_nip'),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('opds_region_name_uq').on(t.regionId, sql`lower(${t.name})`),
    uniqueIndex('opds_region_short_uq').on(t.regionId, sql`lower(${t.shortName})`),
    oneOf('opds_kind_check', t.kind, OPD_KINDS),
  ],
);

export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    opdId: uuid('opd_id')
      .notNull()
      .references(() => opds.id),
    name: text('name').notNull(),
    kind: text('kind', { enum: UNIT_KINDS }).notNull(),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('units_opd_name_uq').on(t.opdId, sql`lower(${t.name})`),
    index('units_region_idx').on(t.regionId),
    oneOf('units_kind_check', t.kind, UNIT_KINDS),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id').references(() => regions.id),
    opdId: uuid('opd_id').references(() => opds.id),
    username: text('username').notNull(),
    email: text('email'),
    fullName: text('full_name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    locale: text('locale', { enum: LOCALES }).notNull().default('id'),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    totpSecret: text('totp_secret'),
    totpEnabled: boolean('totp_enabled').notNull().default(false),
    /** The user asked for no reminder e-mails (in-app notifications still appear). */
    remindersMuted: boolean('reminders_muted').notNull().default(false),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_username_uq').on(sql`lower(${t.username})`),
    uniqueIndex('users_email_uq').on(sql`lower(${t.email})`),
    index('users_region_idx').on(t.regionId),
    oneOf('users_role_check', t.role, ROLES),
    oneOf('users_locale_check', t.locale, LOCALES),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    // sha256 of the cookie token: a leaked table does not yield usable cookies.
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Sign-in attempts, counted per (account, network) and per network so every app instance agrees. Each attempt
 * is counted in one statement before its password is checked (auth/throttle.ts), so parallel tries can never
 * check more passwords than the limit. `key` is a sha256 of what is counted: no typed names or addresses are kept.
 */
export const loginThrottles = pgTable(
  'login_throttles',
  {
    key: text('key').primaryKey(),
    /** The account the attempts were for (null for per-network rows and names that match no account). */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    /** Attempts not yet proven good: each try adds one before the check; a correct password takes its own back. */
    attempts: integer('attempts').notNull(),
    lastAt: timestamp('last_at', { withTimezone: true }).notNull().defaultNow(),
    /** No password is checked for this key before then. */
    blockedUntil: timestamp('blocked_until', { withTimezone: true }),
  },
  (t) => [index('login_throttles_user_idx').on(t.userId), index('login_throttles_last_idx').on(t.lastAt)],
);

export const passwordResetTokens = pgTable('password_reset_tokens', {
  id: text('id').primaryKey(), // sha256 of the e-mailed token
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    regionId: uuid('region_id'),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    entityLabel: text('entity_label'),
    action: text('action').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    ip: text('ip'),
  },
  (t) => [index('audit_region_at_idx').on(t.regionId, t.at), index('audit_entity_idx').on(t.entityType, t.entityId)],
);

/** IID framework versions a region cloned and corrected. Built-in versions live in code (src/domain/iid). */
export const frameworks = pgTable(
  'frameworks',
  {
    id: text('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    basedOn: text('based_on'),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    /** The whole framework (domain Framework shape). */
    data: jsonb('data').notNull(),
    /** Bumped on every save; a save must name the version it edited (no lost updates). */
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('frameworks_region_idx').on(t.regionId)],
);

/** One assessment year of a region: its framework (a snapshot, so later edits never move old scores) and windows. */
export const periods = pgTable(
  'assessment_periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    year: integer('year').notNull(),
    frameworkId: text('framework_id').notNull(),
    framework: jsonb('framework').notNull(),
    status: text('status', { enum: PERIOD_STATUSES }).notNull().default('open'),
    penjaringanOpensOn: date('penjaringan_opens_on').notNull(),
    penjaringanClosesOn: date('penjaringan_closes_on').notNull(),
    internalDeadline: date('internal_deadline'),
    /** Innovations whose maturity is below this are "belum layak kirim". */
    maturityThreshold: doublePrecision('maturity_threshold'),
    /** "One OPD More Than One Innovation": innovations each OPD should register (configurable per period). */
    opdTarget: integer('opd_target').notNull().default(2),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    revision: revision(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('periods_region_year_uq').on(t.regionId, t.year),
    uniqueIndex('periods_one_open_uq').on(t.regionId).where(sql`${t.status} = 'open'`),
    oneOf('assessment_periods_status_check', t.status, PERIOD_STATUSES),
  ],
);

/** An innovation lives for years; each period holds that year's profile, answers and evidence (innovation_entries). */
export const innovations = pgTable(
  'innovations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    opdId: uuid('opd_id')
      .notNull()
      .references(() => opds.id),
    unitId: uuid('unit_id').references(() => units.id),
    createdBy: uuid('created_by').references(() => users.id),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index('innovations_region_idx').on(t.regionId),
    index('innovations_opd_idx').on(t.opdId),
    // Tiny (deletions are rare): makes "not a deleted innovation" an almost free anti-join (see liveEntry).
    index('innovations_deleted_idx').on(t.id).where(sql`${t.deletedAt} is not null`),
  ],
);

export const innovationEntries = pgTable(
  'innovation_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    innovationId: uuid('innovation_id')
      .notNull()
      .references(() => innovations.id),
    periodId: uuid('period_id')
      .notNull()
      .references(() => periods.id),
    regionId: uuid('region_id').notNull(),
    opdId: uuid('opd_id').notNull(),
    unitId: uuid('unit_id'),
    status: text('status', { enum: ENTRY_STATUSES }).notNull().default('draft'),
    sent: boolean('sent').notNull().default(false),
    name: text('name').notNull(),
    tahapan: text('tahapan', { enum: TAHAPAN }),
    inisiatorType: text('inisiator_type', { enum: INISIATOR }),
    inisiatorName: text('inisiator_name'),
    jenis: text('jenis', { enum: JENIS }),
    bentuk: text('bentuk', { enum: BENTUK }),
    tematik: text('tematik', { enum: TEMATIK }),
    urusanUtama: text('urusan_utama'),
    urusanLain: jsonb('urusan_lain').$type<string[]>().notNull().default([]),
    waktuUjiCoba: date('waktu_uji_coba'),
    waktuPenerapan: date('waktu_penerapan'),
    rancangBangun: text('rancang_bangun'),
    /** wordCount(rancangBangun), kept with it: a list page shows it without reading 25 long texts. Null: not known
     * yet (a row restored from an older backup), counted from the text when read. */
    rancangBangunWords: integer('rancang_bangun_words'),
    tujuan: text('tujuan'),
    manfaat: text('manfaat'),
    hasil: text('hasil'),
    lokasi: text('lokasi'),
    haki: text('haki'),
    penghargaan: text('penghargaan'),
    /** Bumped on every save; autosave sends the version it edited, so two tabs never overwrite each other silently. */
    version: integer('version').notNull().default(1),
    /**
     * Kept with the entry so lists and the region score never re-read every answer: claimed and verified
     * maturity (scaled ×10 000, exact) and the review counts. Recomputed on every change to the entry's
     * answers, evidence or reviews (shared/items/scores.ts); rows marked stale are recomputed at start.
     */
    maturityClaimed: integer('maturity_claimed').notNull().default(0),
    maturityVerified: integer('maturity_verified').notNull().default(0),
    reviewSummary: jsonb('review_summary')
      .$type<{ menunggu: number; diterima: number; dikembalikan: number; missingEvidence: number }>()
      .notNull()
      .default({ menunggu: 0, diterima: 0, dikembalikan: 0, missingEvidence: 0 }),
    /** The answers behind those maturities (non-zero only): what the region dashboard's breakdown sums. */
    scoredAnswers: jsonb('scored_answers')
      .$type<{ claimed: Record<string, number>; verified: Record<string, number> }>()
      .notNull()
      .default({ claimed: {}, verified: {} }),
    scoresStale: boolean('scores_stale').notNull().default(false),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    revision: revision(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('entries_innovation_period_uq').on(t.innovationId, t.periodId),
    index('entries_period_opd_idx').on(t.periodId, t.opdId),
    // A list page in its default order (by name) without sorting the period's entries.
    index('entries_period_name_idx').on(t.periodId, t.name, t.id),
    index('entries_region_idx').on(t.regionId),
    oneOf('innovation_entries_status_check', t.status, ENTRY_STATUSES),
    oneOf('innovation_entries_tahapan_check', t.tahapan, TAHAPAN),
    oneOf('innovation_entries_inisiator_type_check', t.inisiatorType, INISIATOR),
    oneOf('innovation_entries_jenis_check', t.jenis, JENIS),
    oneOf('innovation_entries_bentuk_check', t.bentuk, BENTUK),
    oneOf('innovation_entries_tematik_check', t.tematik, TEMATIK),
  ],
);

/** One answer (option value 0–3) per SID indicator of an entry. Evidence and reviews attach to it. */
export const entryAnswers = pgTable(
  'entry_answers',
  {
    entryId: uuid('entry_id')
      .notNull()
      .references(() => innovationEntries.id, { onDelete: 'cascade' }),
    indicatorCode: text('indicator_code').notNull(),
    value: integer('value').notNull().default(0),
    /**
     * Optimistic concurrency: renewed by every change of what a verifier judges (the option, the evidence), not
     * by a review decision. A save and a decision carry the version they saw; a newer one is refused (409).
     */
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by'),
    /** Verification of this item: menunggu | diterima | dikembalikan (with a note for the operator). */
    reviewStatus: text('review_status', { enum: REVIEW_STATUSES }).notNull().default('menunggu'),
    reviewNote: text('review_note'),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.entryId, t.indicatorCode] }),
    index('entry_answers_review_idx').on(t.reviewStatus),
    oneOf('entry_answers_review_status_check', t.reviewStatus, REVIEW_STATUSES),
  ],
);

/** The region-level (SPD) answers of a period, entered by Admin Daerah. Evidence and reviews attach to them. */
export const regionAnswers = pgTable(
  'region_answers',
  {
    periodId: uuid('period_id')
      .notNull()
      .references(() => periods.id),
    indicatorCode: text('indicator_code').notNull(),
    value: integer('value').notNull().default(0),
    /**
     * Optimistic concurrency: renewed by every change of what a verifier judges (the option, the evidence), not
     * by a review decision. A save and a decision carry the version they saw; a newer one is refused (409).
     */
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by'),
    /** Verification of this item: menunggu | diterima | dikembalikan (with a note for the operator). */
    reviewStatus: text('review_status', { enum: REVIEW_STATUSES }).notNull().default('menunggu'),
    reviewNote: text('review_note'),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    revision: revision(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.periodId, t.indicatorCode] }), oneOf('region_answers_review_status_check', t.reviewStatus, REVIEW_STATUSES)],
);

/** Klinik inovasi: the consultation thread of an innovation between its OPD and the Bappeda (across years). */
export const innovationMessages = pgTable(
  'innovation_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    innovationId: uuid('innovation_id')
      .notNull()
      .references(() => innovations.id),
    regionId: uuid('region_id').notNull(),
    authorId: uuid('author_id').references(() => users.id),
    authorName: text('author_name').notNull(),
    /** The author's role when writing (kept as it was, like the name). */
    authorRole: text('author_role', { enum: ROLES }).notNull(),
    body: text('body').notNull(),
    /** Files attached to the message (content-addressed in stored_files). */
    attachments: jsonb('attachments').$type<{ sha256: string; name: string; mime: string; size: number }[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('innovation_messages_innovation_idx').on(t.innovationId, t.createdAt),
    // "Is this file attached anywhere?" (the sweep of unused files, shared/files/unused-files.ts) as an index lookup.
    index('innovation_messages_attachments_idx').using('gin', sql`${t.attachments} jsonb_path_ops`),
    oneOf('innovation_messages_author_role_check', t.authorRole, ROLES),
  ],
);

/** Which OPDs a verifier is assigned to (by Admin Daerah): their queue and their pending count. */
export const verifierAssignments = pgTable(
  'verifier_assignments',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    opdId: uuid('opd_id')
      .notNull()
      .references(() => opds.id),
    regionId: uuid('region_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.opdId] }), index('verifier_assignments_region_idx').on(t.regionId)],
);

/** Official national results of a region per year (entered by Admin Daerah with the source): the trend. */
export const officialResults = pgTable(
  'official_results',
  {
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    year: integer('year').notNull(),
    iid: doublePrecision('iid').notNull(),
    predicate: text('predicate'),
    nationalRank: integer('national_rank'),
    cluster: text('cluster'),
    awards: text('awards'),
    /** Where the figure comes from: the Kemendagri decree, a letter, a publication (title or address). */
    source: text('source').notNull(),
    updatedBy: uuid('updated_by'),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.regionId, t.year] })],
);

/** In-app notifications (reminders): what needs the user's attention, with a link to it. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    regionId: uuid('region_id'),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    /** The WIB day it was raised: one reminder of a kind per user and day. */
    day: date('day').notNull(),
    /**
     * What an instant notification is about (e.g. one return of one item), so several can be raised in a day;
     * empty for the daily reminders, which stay one of a kind per user and day.
     */
    subject: text('subject').notNull().default(''),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    uniqueIndex('notifications_once_a_day_uq').on(t.userId, t.kind, t.day, t.subject),
    oneOf('notifications_kind_check', t.kind, NOTIFICATION_KINDS),
  ],
);

/** Long exports run in the background: status and progress for the UI, the result in the file store. */
export const exportJobs = pgTable(
  'export_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    periodId: uuid('period_id')
      .notNull()
      .references(() => periods.id),
    kind: text('kind', { enum: EXPORT_JOB_KINDS }).notNull(),
    status: text('status', { enum: EXPORT_JOB_STATUSES }).notNull().default('queued'),
    progress: integer('progress').notNull().default(0),
    total: integer('total').notNull().default(0),
    message: text('message'),
    fileSha256: text('file_sha256'),
    fileName: text('file_name'),
    fileSize: bigint('file_size', { mode: 'number' }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('export_jobs_status_idx').on(t.status, t.createdAt),
    oneOf('export_jobs_kind_check', t.kind, EXPORT_JOB_KINDS),
    oneOf('export_jobs_status_check', t.status, EXPORT_JOB_STATUSES),
  ],
);

/** One row per distinct content: files are stored once, under their SHA-256, however often they are attached. */
export const storedFiles = pgTable('stored_files', {
  sha256: text('sha256').primaryKey(),
  size: bigint('size', { mode: 'number' }).notNull(),
  mime: text('mime').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * An upload in flight: its content is in the store and in stored_files, but the row that will use it (evidence,
 * a klinik message, an export job) is not written yet. Removed once that row is written or the request fails;
 * while it exists (and is younger than the grace period), the sweep of unused files leaves the file alone.
 */
export const fileClaims = pgTable(
  'file_claims',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sha256: text('sha256').notNull(),
    claimedAt: timestamp('claimed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('file_claims_sha256_idx').on(t.sha256)],
);

/**
 * Bukti dukung: a file or a link attached to one indicator's answer — of an innovation entry (SID) or,
 * with entry_id null, of the region (SPD) in a period. Deletion is soft; an admin can restore.
 */
export const evidence = pgTable(
  'evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    periodId: uuid('period_id')
      .notNull()
      .references(() => periods.id),
    entryId: uuid('entry_id').references(() => innovationEntries.id, { onDelete: 'cascade' }),
    indicatorCode: text('indicator_code').notNull(),
    kind: text('kind', { enum: EVIDENCE_KINDS }).notNull(),
    fileSha256: text('file_sha256').references(() => storedFiles.sha256),
    fileName: text('file_name'),
    mime: text('mime'),
    size: bigint('size', { mode: 'number' }),
    url: text('url'),
    title: text('title'),
    /** Carried over from last period but its rule needs a document of the current year. */
    needsRenewal: boolean('needs_renewal').notNull().default(false),
    /** Shown on the public catalogue page of a published innovation (the OPD marks it; off by default). */
    public: boolean('public').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    deletedBy: uuid('deleted_by'),
  },
  (t) => [
    index('evidence_entry_idx').on(t.entryId, t.indicatorCode),
    index('evidence_period_idx').on(t.periodId, t.indicatorCode),
    index('evidence_file_idx').on(t.fileSha256),
    oneOf('evidence_kind_check', t.kind, EVIDENCE_KINDS),
  ],
);

/** A competition a region runs (or prepares for): its rules copied from a template, then edited by the admin. */
export const competitions = pgTable(
  'competitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    name: text('name').notNull(),
    year: integer('year').notNull(),
    templateId: text('template_id').notNull(),
    rules: jsonb('rules').$type<CompetitionRules>().notNull(),
    /** The last day OPDs may propose an entry (eligibility is judged on it). */
    registrationCloses: date('registration_closes'),
    status: text('status', { enum: COMPETITION_STATUSES }).notNull().default('draft'),
    /** Index of the stage being judged (rules.stages). */
    currentStage: integer('current_stage').notNull().default(0),
    version: integer('version').notNull().default(1),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [index('competitions_region_idx').on(t.regionId, t.year), oneOf('competitions_status_check', t.status, COMPETITION_STATUSES)],
);

/** An OPD's innovation entered in a competition, with its proposal (section id → text). */
export const competitionEntries = pgTable(
  'competition_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    competitionId: uuid('competition_id')
      .notNull()
      .references(() => competitions.id, { onDelete: 'cascade' }),
    regionId: uuid('region_id').notNull(),
    opdId: uuid('opd_id')
      .notNull()
      .references(() => opds.id),
    innovationId: uuid('innovation_id')
      .notNull()
      .references(() => innovations.id),
    groupId: text('group_id').notNull(),
    proposal: jsonb('proposal').$type<Record<string, string>>().notNull().default({}),
    status: text('status', { enum: COMPETITION_ENTRY_STATUSES }).notNull().default('draft'),
    reviewNote: text('review_note'),
    /** Index of the furthest stage the entry reached (it is judged there while that stage runs). */
    stageReached: integer('stage_reached').notNull().default(0),
    version: integer('version').notNull().default(1),
    proposedAt: timestamp('proposed_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('competition_entries_innovation_uq').on(t.competitionId, t.innovationId),
    index('competition_entries_innovation_idx').on(t.innovationId),
    oneOf('competition_entries_status_check', t.status, COMPETITION_ENTRY_STATUSES),
  ],
);

/** The judges of a stage. */
export const competitionJudges = pgTable(
  'competition_judges',
  {
    competitionId: uuid('competition_id')
      .notNull()
      .references(() => competitions.id, { onDelete: 'cascade' }),
    stageId: text('stage_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.competitionId, t.stageId, t.userId] }), index('competition_judges_user_idx').on(t.userId)],
);

/** Which judge scores which entry in a stage. */
export const competitionAssignments = pgTable(
  'competition_assignments',
  {
    competitionId: uuid('competition_id')
      .notNull()
      .references(() => competitions.id, { onDelete: 'cascade' }),
    stageId: text('stage_id').notNull(),
    judgeId: uuid('judge_id')
      .notNull()
      .references(() => users.id),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => competitionEntries.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.competitionId, t.stageId, t.judgeId, t.entryId] }), index('competition_assignments_judge_idx').on(t.judgeId)],
);

/** Conflicts of interest a judge declared (their own OPD's and region's entries need no declaration). */
export const competitionConflicts = pgTable(
  'competition_conflicts',
  {
    competitionId: uuid('competition_id')
      .notNull()
      .references(() => competitions.id, { onDelete: 'cascade' }),
    judgeId: uuid('judge_id')
      .notNull()
      .references(() => users.id),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => competitionEntries.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.competitionId, t.judgeId, t.entryId] })],
);

/** A judge's score of one criterion of an entry in a stage, saved as they go. */
export const competitionScores = pgTable(
  'competition_scores',
  {
    competitionId: uuid('competition_id')
      .notNull()
      .references(() => competitions.id, { onDelete: 'cascade' }),
    stageId: text('stage_id').notNull(),
    judgeId: uuid('judge_id')
      .notNull()
      .references(() => users.id),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => competitionEntries.id, { onDelete: 'cascade' }),
    criterionId: text('criterion_id').notNull(),
    value: doublePrecision('value'),
    comment: text('comment'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.competitionId, t.stageId, t.judgeId, t.entryId, t.criterionId] })],
);

/** A closed stage's outcome per entry (score and rank when scored; passed or not), and the final ('_final'). */
export const competitionResults = pgTable(
  'competition_results',
  {
    competitionId: uuid('competition_id')
      .notNull()
      .references(() => competitions.id, { onDelete: 'cascade' }),
    stageId: text('stage_id').notNull(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => competitionEntries.id, { onDelete: 'cascade' }),
    score: doublePrecision('score'),
    rank: integer('rank'),
    advanced: boolean('advanced').notNull(),
    note: text('note'),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.competitionId, t.stageId, t.entryId] })],
);

/** An innovation's result in a competition run outside Inovda (KIPP, IGA, Inotek, KOVABLIK…), with its evidence. */
export const nationalResults = pgTable(
  'national_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    innovationId: uuid('innovation_id')
      .notNull()
      .references(() => innovations.id),
    programme: text('programme', { enum: NATIONAL_PROGRAMMES }).notNull(),
    year: integer('year').notNull(),
    result: text('result', { enum: NATIONAL_RESULTS }).notNull(),
    /** The award's or category's name as published ("Top 45 KIPP 2024", "Juara 1 Inotek kategori Inovasi Daerah"). */
    title: text('title'),
    /** Where it is published or proven: a decree, an announcement, a certificate. */
    evidenceUrl: text('evidence_url'),
    createdBy: uuid('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    index('national_results_innovation_idx').on(t.innovationId),
    oneOf('national_results_programme_check', t.programme, NATIONAL_PROGRAMMES),
    oneOf('national_results_result_check', t.result, NATIONAL_RESULTS),
  ],
);

/**
 * What the region gave the innovators behind an award (SPD indicator 12): a piagam, and a reward or incentive.
 * Started from a published local competition's winner or a recorded national award, or entered on its own.
 */
export const innovatorRewards = pgTable(
  'innovator_rewards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    innovationId: uuid('innovation_id')
      .notNull()
      .references(() => innovations.id),
    source: text('source', { enum: REWARD_SOURCES }).notNull(),
    competitionId: uuid('competition_id').references(() => competitions.id, { onDelete: 'set null' }),
    nationalResultId: uuid('national_result_id').references(() => nationalResults.id, { onDelete: 'set null' }),
    /** The award the reward is for ("Juara 1 Lomba Inovasi Kota 2026", "Top 45 KIPP 2025"). */
    award: text('award').notNull(),
    year: integer('year').notNull(),
    /** Who received it: the innovator(s) or the team, as on the piagam. */
    recipient: text('recipient').notNull(),
    certificate: boolean('certificate').notNull().default(true),
    /** The reward or incentive given beside the piagam ("uang pembinaan", "studi tiru", "kenaikan TPP"). */
    incentive: text('incentive'),
    /** In rupiah, when the incentive is money. */
    incentiveAmount: bigint('incentive_amount', { mode: 'number' }),
    givenOn: date('given_on', { mode: 'string' }),
    /** The decree it was given by (SK/Keputusan Wali Kota or Bupati). */
    decree: text('decree'),
    evidenceUrl: text('evidence_url'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    index('innovator_rewards_region_year_idx').on(t.regionId, t.year),
    uniqueIndex('innovator_rewards_competition_uq').on(t.competitionId, t.innovationId).where(sql`${t.competitionId} is not null`),
    uniqueIndex('innovator_rewards_national_uq').on(t.nationalResultId).where(sql`${t.nationalResultId} is not null`),
    oneOf('innovator_rewards_source_check', t.source, REWARD_SOURCES),
  ],
);

/**
 * The words a catalogue search matches: Indonesian stemming over name, OPD and texts, stored with the row (a generated
 * column) so that neither the index's recheck nor a count re-reads and re-stems each match's whole text.
 */
const catalogueSearchDocument = sql.raw(
  `to_tsvector('indonesian', ${['name', 'opd_name', 'tujuan', 'manfaat', 'hasil', 'rancang_bangun'].map((c) => `coalesce(${c}, '')`).join(" || ' ' || ")})`,
);
/** What relevance reads: the name and the aims only (the long rancang bangun would drown them), stored as well. */
const catalogueRankDocument = sql.raw(`to_tsvector('indonesian', coalesce(name, '') || ' ' || coalesce(tujuan, ''))`);
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * An innovation the region published in its public catalogue: the profile as it was when the admin published
 * (or last refreshed) it, so the public never sees a draft being edited. Removed when unpublished.
 */
export const catalogueEntries = pgTable(
  'catalogue_entries',
  {
    innovationId: uuid('innovation_id')
      .primaryKey()
      .references(() => innovations.id),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    opdId: uuid('opd_id')
      .notNull()
      .references(() => opds.id),
    /** The period entry the profile was taken from (its public evidence is listed). */
    entryId: uuid('entry_id')
      .notNull()
      .references(() => innovationEntries.id),
    /** In the address: /katalog/inovasi/<slug>. Unique across the installation. */
    slug: text('slug').notNull(),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    opdName: text('opd_name').notNull(),
    tahapan: text('tahapan', { enum: TAHAPAN }),
    jenis: text('jenis', { enum: JENIS }),
    bentuk: text('bentuk', { enum: BENTUK }),
    urusanUtama: text('urusan_utama'),
    urusanLain: jsonb('urusan_lain').$type<string[]>().notNull().default([]),
    inisiator: text('inisiator'),
    waktuUjiCoba: date('waktu_uji_coba', { mode: 'string' }),
    waktuPenerapan: date('waktu_penerapan', { mode: 'string' }),
    rancangBangun: text('rancang_bangun'),
    tujuan: text('tujuan'),
    manfaat: text('manfaat'),
    hasil: text('hasil'),
    lokasi: text('lokasi'),
    /** Who other regions contact about it (a name, an office telephone or e-mail): entered for the public. */
    contact: text('contact'),
    searchDocument: tsvector('search_document').notNull().generatedAlwaysAs(catalogueSearchDocument),
    rankDocument: tsvector('rank_document').notNull().generatedAlwaysAs(catalogueRankDocument),
    publishedBy: uuid('published_by').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('catalogue_entries_slug_uq').on(t.slug),
    index('catalogue_entries_region_idx').on(t.regionId, t.name),
    // The open data API's pages of every region's published innovations, in its stable order (name, then id).
    index('catalogue_entries_name_idx').on(t.name, t.innovationId),
    index('catalogue_entries_search_idx').using('gin', t.searchDocument),
    index('catalogue_entries_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
    oneOf('catalogue_entries_tahapan_check', t.tahapan, TAHAPAN),
    oneOf('catalogue_entries_jenis_check', t.jenis, JENIS),
    oneOf('catalogue_entries_bentuk_check', t.bentuk, BENTUK),
  ],
);

/**
 * A replication of an innovation, asked by a visitor from another region, a signed-in user of another region of
 * this installation, or another OPD of the same region; answered by the owning OPD; recorded with its agreement.
 * An agreed one becomes evidence of the origin innovation's Replikasi indicator (evidence_id).
 */
export const replications = pgTable(
  'replications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    innovationId: uuid('innovation_id')
      .notNull()
      .references(() => innovations.id),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    opdId: uuid('opd_id')
      .notNull()
      .references(() => opds.id),
    /** The replicating region when it is on this installation (null: a region elsewhere, named below). */
    replicatingRegionId: uuid('replicating_region_id').references(() => regions.id),
    /** The replicating OPD, for a replication inside the region. */
    replicatingOpdId: uuid('replicating_opd_id').references(() => opds.id),
    /** As written on the agreement ("Kabupaten Jombang", or the OPD's name inside the region). */
    replicatingName: text('replicating_name').notNull(),
    requesterName: text('requester_name').notNull(),
    requesterPosition: text('requester_position'),
    requesterEmail: text('requester_email'),
    requesterPhone: text('requester_phone'),
    message: text('message'),
    requestedBy: uuid('requested_by').references(() => users.id),
    /** A public request's keyed daily hash of the sender's address (public-forms/sender.ts), to limit how often one may ask. */
    senderHash: text('sender_hash'),
    status: text('status', { enum: REPLICATION_STATUSES }).notNull().default('requested'),
    answerNote: text('answer_note'),
    answeredBy: uuid('answered_by').references(() => users.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    agreementKind: text('agreement_kind', { enum: AGREEMENT_KINDS }),
    agreementNumber: text('agreement_number'),
    agreementDate: date('agreement_date', { mode: 'string' }),
    agreementFileSha256: text('agreement_file_sha256').references(() => storedFiles.sha256),
    agreementFileName: text('agreement_file_name'),
    agreementMime: text('agreement_mime'),
    agreementSize: bigint('agreement_size', { mode: 'number' }),
    implementedOn: date('implemented_on', { mode: 'string' }),
    /** The Replikasi evidence this agreement became (in the period open when it was agreed). */
    evidenceId: uuid('evidence_id').references(() => evidence.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('replications_innovation_idx').on(t.innovationId),
    index('replications_region_status_idx').on(t.regionId, t.status),
    index('replications_replicating_region_idx').on(t.replicatingRegionId),
    index('replications_sender_idx').on(t.senderHash, t.createdAt),
    oneOf('replications_status_check', t.status, REPLICATION_STATUSES),
    oneOf('replications_agreement_kind_check', t.agreementKind, AGREEMENT_KINDS),
  ],
);

/** A cooperation agreement (kerja sama) of the region with another region or body, with its document and dates. */
export const cooperationAgreements = pgTable(
  'cooperation_agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    /** The other party's region when it is on this installation. */
    partnerRegionId: uuid('partner_region_id').references(() => regions.id),
    partnerName: text('partner_name').notNull(),
    title: text('title').notNull(),
    kind: text('kind', { enum: AGREEMENT_KINDS }).notNull(),
    number: text('number'),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
    notes: text('notes'),
    fileSha256: text('file_sha256').references(() => storedFiles.sha256),
    fileName: text('file_name'),
    mime: text('mime'),
    size: bigint('size', { mode: 'number' }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [index('cooperation_agreements_region_idx').on(t.regionId, t.signedOn), oneOf('cooperation_agreements_kind_check', t.kind, AGREEMENT_KINDS)],
);

/** Which innovations an agreement covers. */
export const cooperationInnovations = pgTable(
  'cooperation_innovations',
  {
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => cooperationAgreements.id, { onDelete: 'cascade' }),
    innovationId: uuid('innovation_id')
      .notNull()
      .references(() => innovations.id),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.innovationId] }), index('cooperation_innovations_innovation_idx').on(t.innovationId)],
);

/**
 * A citizen's rating (1–5) and comment on a published innovation. No personal data is kept: only a salted,
 * daily-rotated hash of the sender's address, to limit how often one sender may post. Shown once approved.
 */
export const citizenFeedback = pgTable(
  'citizen_feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    innovationId: uuid('innovation_id')
      .notNull()
      .references(() => innovations.id),
    opdId: uuid('opd_id')
      .notNull()
      .references(() => opds.id),
    rating: integer('rating').notNull(),
    comment: text('comment'),
    status: text('status', { enum: FEEDBACK_STATUSES }).notNull().default('pending'),
    senderHash: text('sender_hash').notNull(),
    moderatedBy: uuid('moderated_by').references(() => users.id),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('citizen_feedback_innovation_idx').on(t.innovationId, t.status),
    index('citizen_feedback_region_status_idx').on(t.regionId, t.status, t.createdAt),
    index('citizen_feedback_sender_idx').on(t.senderHash, t.createdAt),
    oneOf('citizen_feedback_status_check', t.status, FEEDBACK_STATUSES),
  ],
);

/**
 * A token another system of the region uses to read or write through the API. Only its SHA-256 is kept (the
 * token is shown once); scoped to one region and a list of operations; expires; revocable.
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** The token's first characters, shown in lists so a person can tell tokens apart. */
    prefix: text('prefix').notNull(),
    scopes: jsonb('scopes').$type<string[]>().notNull().default([]),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by').references(() => users.id),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('api_tokens_hash_uq').on(t.tokenHash), index('api_tokens_region_idx').on(t.regionId)],
);

/** Every request made with an API token: when, what, and the answer's status. */
export const apiTokenUses = pgTable(
  'api_token_uses',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tokenId: uuid('token_id')
      .notNull()
      .references(() => apiTokens.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    status: integer('status').notNull(),
  },
  (t) => [index('api_token_uses_token_idx').on(t.tokenId, t.at)],
);

/** A spreadsheet of innovations a region brings in: checked row by row, then written all or nothing. */
export const importJobs = pgTable(
  'import_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    periodId: uuid('period_id')
      .notNull()
      .references(() => periods.id),
    status: text('status', { enum: IMPORT_JOB_STATUSES }).notNull(),
    fileName: text('file_name').notNull(),
    totalRows: integer('total_rows').notNull().default(0),
    doneRows: integer('done_rows').notNull().default(0),
    /** Per row and cell: what is wrong, in both languages. Empty when the file is ready. */
    problems: jsonb('problems').$type<{ row: number; column: string; id: string; en: string }[]>().notNull().default([]),
    /** The checked rows waiting to be written (kept until the import ends). */
    rows: jsonb('rows').$type<unknown[]>().notNull().default([]),
    error: text('error'),
    createdBy: uuid('created_by').references(() => users.id),
    ...timestamps,
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('import_jobs_region_idx').on(t.regionId, t.createdAt), oneOf('import_jobs_status_check', t.status, IMPORT_JOB_STATUSES)],
);

/** IPKD framework versions a region cloned or imported and corrected. Built-in versions live in code (src/domain/ipkd). */
export const ipkdFrameworks = pgTable(
  'ipkd_frameworks',
  {
    id: text('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    basedOn: text('based_on'),
    measurementYear: integer('measurement_year').notNull(),
    name: text('name').notNull(),
    /** The rules (domain IpkdRules shape). */
    data: jsonb('data').$type<IpkdRules>().notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('ipkd_frameworks_region_idx').on(t.regionId)],
);

/** One measurement year (tahun ukur) of a region's IPKD: its framework (a snapshot), cluster and official result. */
export const ipkdYears = pgTable(
  'ipkd_years',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    measurementYear: integer('measurement_year').notNull(),
    frameworkId: text('framework_id').notNull(),
    framework: jsonb('framework').$type<IpkdFramework>().notNull(),
    fiscalCapacity: text('fiscal_capacity', { enum: FISCAL_CAPACITIES }),
    officialIpkd: doublePrecision('official_ipkd'),
    officialPredicate: text('official_predicate', { enum: IPKD_PREDICATES }),
    officialRank: integer('official_rank'),
    /** Where the official figure comes from (Keputusan Gubernur/Menteri, a letter, a publication). */
    officialSource: text('official_source'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('ipkd_years_region_year_uq').on(t.regionId, t.measurementYear),
    oneOf('ipkd_years_fiscal_capacity_check', t.fiscalCapacity, FISCAL_CAPACITIES),
    oneOf('ipkd_years_official_predicate_check', t.officialPredicate, IPKD_PREDICATES),
  ],
);

/** One indicator's value in a measurement year, with its review. */
export const ipkdValues = pgTable(
  'ipkd_values',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    yearId: uuid('year_id')
      .notNull()
      .references(() => ipkdYears.id, { onDelete: 'cascade' }),
    indicatorId: text('indicator_id').notNull(),
    valueNumber: doublePrecision('value_number'),
    valueChoice: text('value_choice'),
    /** The date of the document proving the value (checked against the budget year where the indicator asks). */
    documentDate: date('document_date', { mode: 'string' }),
    note: text('note'),
    reviewStatus: text('review_status', { enum: IPKD_REVIEW_STATUSES }).notNull().default('draft'),
    reviewNote: text('review_note'),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('ipkd_values_year_indicator_uq').on(t.yearId, t.indicatorId),
    oneOf('ipkd_values_review_status_check', t.reviewStatus, IPKD_REVIEW_STATUSES),
  ],
);

/** A document behind an IPKD value: a stored file (RPJMD, APBD, LKPD, LHP BPK …) or a publication link. */
export const ipkdDocuments = pgTable(
  'ipkd_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    valueId: uuid('value_id')
      .notNull()
      .references(() => ipkdValues.id, { onDelete: 'cascade' }),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    fileSha256: text('file_sha256').references(() => storedFiles.sha256),
    fileName: text('file_name'),
    mime: text('mime'),
    size: bigint('size', { mode: 'number' }),
    url: text('url'),
    title: text('title'),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // A file or a link: the route writes one of the two (the database's CHECKs are for closed lists only).
  (t) => [index('ipkd_documents_value_idx').on(t.valueId)],
);

/** Small key-value facts about this installation (e.g. when demo data was seeded). */
export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The pre-check's reading of one evidence item (shared/evidence-check): the text a background worker took from the
 * file once (text layer or OCR), its pages, a video's length. The verdict is not stored: it is weighed at every read
 * from this text, the indicator's rule, the selected option and the innovation's name (evidence/repository.ts).
 */
export const evidenceChecks = pgTable(
  'evidence_checks',
  {
    evidenceId: uuid('evidence_id')
      .primaryKey()
      .references(() => evidence.id, { onDelete: 'cascade' }),
    status: text('status', { enum: CHECK_STATUSES }).notNull().default('queued'),
    /** Readings started; a row left running by a crashed instance is taken again until 3 attempts. */
    attempts: integer('attempts').notNull().default(0),
    progressDone: integer('progress_done').notNull().default(0),
    progressTotal: integer('progress_total').notNull().default(0),
    source: text('source', { enum: ['text', 'ocr', 'video', 'none'] }),
    text: text('text').notNull().default(''),
    pages: integer('pages').notNull().default(0),
    videoSeconds: doublePrecision('video_seconds'),
    /** Why nothing could be read (ocr_unavailable, pdf_reader_unavailable, unsupported_type, link, unreadable). */
    unreadable: text('unreadable'),
    error: text('error'),
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
    /** The reading instance's heartbeat: a running row whose heartbeat stopped is taken again. */
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    checkedAt: timestamp('checked_at', { withTimezone: true }),
    /** The kept text's words (Indonesian stemming), for the verification queue's search. */
    searchDocument: tsvector('search_document').notNull().generatedAlwaysAs(sql.raw(`to_tsvector('indonesian', left(text, 300000))`)),
  },
  (t) => [
    index('evidence_checks_status_idx').on(t.status, t.queuedAt),
    index('evidence_checks_search_idx').using('gin', t.searchDocument),
    oneOf('evidence_checks_status_check', t.status, CHECK_STATUSES),
  ],
);
