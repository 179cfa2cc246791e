// Innovations: the registry of a period's entries and their official profile, the Kepala OPD's workflow, marking
// one sent, the SID answers, the klinik inovasi thread and the list of entries returned to draft.
import { z } from 'zod';
import { URUSAN } from '../domain/iid/urusan';
import { BENTUK, INISIATOR, JENIS, TAHAPAN, TEMATIK } from '../domain/innovation/profile';
import { PROFILE_TEXT_MAX as MAX } from '../domain/innovation/profile-limits';
import { ENTRY_STATUSES } from '../domain/innovation/workflow';
import { PERIOD_STATUSES } from '../domain/period-status';
import { ROLES } from '../domain/roles';
import { itemStateShape, listQuery, pageOf } from './common';

const URUSAN_CODES = URUSAN.map((u) => u.code) as [string, ...string[]];
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalid' });
/**
 * Optional text of a partial save: absent stays absent (unchanged), null or blank clears. The blank-to-null
 * step runs on strings only — a transform outside `.nullish()` would also turn a missing field into null.
 */
const text = (max: number) =>
  z
    .string()
    .max(max)
    .transform((v) => (v.trim() ? v : null))
    .nullish();

/** Every profile field is optional on a save: drafts are saved as they are typed; a missing field is left as it is. */
export const profileFields = {
  name: z.string().trim().min(1, { error: 'required' }).max(MAX.name).optional(),
  unitId: z.uuid({ error: 'invalid' }).nullish().describe('A unit of the entry’s OPD; null: none'),
  tahapan: z.enum(TAHAPAN, { error: 'invalid_option' }).nullish(),
  inisiatorType: z.enum(INISIATOR, { error: 'invalid_option' }).nullish(),
  inisiatorName: text(MAX.inisiatorName),
  jenis: z.enum(JENIS, { error: 'invalid_option' }).nullish(),
  bentuk: z.enum(BENTUK, { error: 'invalid_option' }).nullish(),
  tematik: z.enum(TEMATIK, { error: 'invalid_option' }).nullish(),
  urusanUtama: z.enum(URUSAN_CODES, { error: 'invalid_option' }).nullish(),
  urusanLain: z
    .array(z.enum(URUSAN_CODES, { error: 'invalid_option' }))
    .max(20)
    .optional(),
  waktuUjiCoba: isoDate.nullish(),
  waktuPenerapan: isoDate.nullish(),
  rancangBangun: text(MAX.rancangBangun),
  tujuan: text(MAX.tujuan),
  manfaat: text(MAX.manfaat),
  hasil: text(MAX.hasil),
  lokasi: text(MAX.lokasi),
  haki: text(MAX.haki),
  penghargaan: text(MAX.penghargaan),
};

export const entrySaveBody = z.object({ version: z.number().int().min(1), ...profileFields });

export const entryCreateBody = z.object({
  periodId: z.uuid({ error: 'invalid' }).optional().describe('Default: the open period'),
  opdId: z.uuid({ error: 'required' }).optional().describe('Operators and heads: always their own OPD'),
  unitId: z.uuid({ error: 'invalid' }).nullish(),
  name: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(MAX.name),
});

export const entryListQuery = listQuery.extend({
  periodId: z.uuid({ error: 'invalid' }).optional(),
  opdId: z.uuid({ error: 'invalid' }).optional(),
  status: z.enum(ENTRY_STATUSES).optional(),
  tahapan: z.enum(TAHAPAN).optional(),
  sent: z.enum(['true', 'false']).optional().describe('Only innovations marked dikirim (true) or not (false)'),
  sort: z.enum(['name', 'updatedAt', 'opd', 'status']).default('name'),
});

const nullableString = z.string().nullable();

export const entryShape = z.object({
  id: z.string(),
  innovationId: z.string(),
  periodId: z.string(),
  periodYear: z.number(),
  periodStatus: z.enum(PERIOD_STATUSES),
  regionId: z.string(),
  opdId: z.string(),
  opdName: z.string(),
  unitId: nullableString,
  unitName: nullableString,
  status: z.enum(ENTRY_STATUSES),
  sent: z.boolean(),
  name: z.string(),
  tahapan: z.enum(TAHAPAN).nullable(),
  inisiatorType: z.enum(INISIATOR).nullable(),
  inisiatorName: nullableString,
  jenis: z.enum(JENIS).nullable(),
  bentuk: z.enum(BENTUK).nullable(),
  tematik: z.enum(TEMATIK).nullable(),
  urusanUtama: nullableString,
  urusanLain: z.array(z.string()),
  waktuUjiCoba: nullableString,
  waktuPenerapan: nullableString,
  rancangBangun: nullableString,
  tujuan: nullableString,
  manfaat: nullableString,
  hasil: nullableString,
  lokasi: nullableString,
  haki: nullableString,
  penghargaan: nullableString,
  rancangBangunWords: z.number(),
  eligibility: z.array(z.object({ code: z.string(), from: z.string().optional(), until: z.string().optional() })),
  version: z.number(),
  updatedAt: z.string(),
});

export const entrySummary = entryShape.pick({
  id: true,
  innovationId: true,
  periodId: true,
  opdId: true,
  opdName: true,
  unitName: true,
  status: true,
  sent: true,
  name: true,
  tahapan: true,
  jenis: true,
  rancangBangunWords: true,
  updatedAt: true,
});
export const entrySummaryWithMaturity = entrySummary.extend({
  maturity: z.number().describe('Claimed maturity: the chosen options × weights'),
  maturityVerified: z.number(),
  review: z.object({ menunggu: z.number(), diterima: z.number(), dikembalikan: z.number(), missingEvidence: z.number() }),
  belowThreshold: z.boolean().nullable().describe('Below the period’s maturity threshold ("belum layak kirim"); null when no threshold is set'),
});
export const entryPage = pageOf(entrySummaryWithMaturity);

export const transitionBody = z.object({
  action: z.enum(['submit', 'approve', 'return'], { error: 'invalid_option' }),
  note: z.string().trim().max(2000).optional(),
});

export const sentBody = z.object({
  sent: z.boolean(),
  confirmBelowThreshold: z.boolean().optional().describe('Required (true) to send an innovation below the period’s maturity threshold'),
});

const scoreChange = z.object({
  before: z.object({ iid: z.number(), iidExact: z.number(), predicate: z.string(), sent: z.number() }),
  after: z.object({ iid: z.number(), iidExact: z.number(), predicate: z.string(), sent: z.number() }),
  delta: z.number().describe('after − before, IID points, unrounded'),
});

export const sentPreviewQuery = z.object({
  sent: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

export const sentPreview = z
  .object({
    sent: z.boolean().describe('The state previewed (true: sending, false: un-sending)'),
    maturity: z.number(),
    threshold: z.number().nullable(),
    belowThreshold: z.boolean(),
    problem: z.object({ code: z.string(), message: z.string() }).nullable().describe('Why it cannot be sent (sending only); null when it can'),
    claimed: scoreChange,
    verified: scoreChange,
  })
  .describe('SentPreview');

/**
 * A profile save on a version someone else has moved on from: the entry as it is now comes along, so the client
 * can merge field by field (fields the user did not touch take the server's value; fields both changed are shown).
 */
export const entryConflict = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    current: entryShape.optional().describe('With stale_version: the entry as it is now'),
  }),
});

export const sentConflict = z.object({
  error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() }),
  preview: sentPreview.optional(),
});

/** The SID answers of an entry. Claimed maturity: the options chosen; verified: only accepted items backed by evidence. */
export const answersShape = z.object({
  entryId: z.string(),
  frameworkId: z.string(),
  answers: z.record(z.string(), z.number()),
  items: z.record(z.string(), itemStateShape),
  maturity: z.number(),
  maturityVerified: z.number(),
  maturityMax: z.number(),
  missingEvidence: z.array(z.string()),
});

/**
 * One option chosen for an indicator (SID or SPD); 0 clears it. `version` is the item's version the choice was
 * made on (0 for an item never answered). It is required, not defaulted: a save without it is exactly the silent
 * last-write-wins an outside probe showed (20 of 20 concurrent saves overwrote each other), and every caller —
 * the web app, the tests, the bench — has it from the answers it read. A newer version answers 409 stale_version
 * with the item as it is now.
 */
export const answerBody = z.object({
  value: z.number().int().min(0).max(3),
  version: z.number({ error: 'required' }).int().min(0).describe('The item version this choice was made on (items[code].version; 0 when unanswered)'),
});

/** Longest klinik message, in characters. */
export const MESSAGE_MAX = 5000;

export const attachmentShape = z.object({ index: z.number(), name: z.string(), mime: z.string(), size: z.number() });
export const messageShape = z.object({
  id: z.string(),
  authorName: z.string(),
  authorRole: z.enum(ROLES),
  body: z.string(),
  createdAt: z.string(),
  mine: z.boolean(),
  attachments: z.array(attachmentShape),
});
export const messageBody = z.object({ body: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(MESSAGE_MAX) });

export const returnedEntry = z.object({
  entryId: z.string(),
  name: z.string(),
  opdId: z.string(),
  opdName: z.string(),
  note: z.string().nullable(),
  returnedAt: z.string(),
  returnedBy: z.string(),
});
export const returnedList = z.object({ periodId: z.string().nullable(), items: z.array(returnedEntry), total: z.number() });

export type Entry = z.infer<typeof entryShape>;
export type ProfileField = keyof typeof profileFields;
/** The official profile as the entry holds it (what the autosaving form edits). */
export type Profile = Pick<Entry, ProfileField>;
export type EntrySummary = z.infer<typeof entrySummaryWithMaturity>;
export type EntryPage = z.infer<typeof entryPage>;
export type EntryCreateInput = z.input<typeof entryCreateBody>;
export type EntrySaveInput = z.input<typeof entrySaveBody>;
export type TransitionInput = z.input<typeof transitionBody>;
export type SentInput = z.input<typeof sentBody>;
export type ScoreChange = z.infer<typeof scoreChange>;
export type SentPreview = z.infer<typeof sentPreview>;
export type EntryAnswers = z.infer<typeof answersShape>;
export type AnswerInput = z.input<typeof answerBody>;
export type Message = z.infer<typeof messageShape>;
export type ReturnedEntry = z.infer<typeof returnedEntry>;
export type ReturnedList = z.infer<typeof returnedList>;
