// Replication of innovations (asked by another region or another OPD, answered by the owning OPD, recorded with
// its agreement) and the region's cooperation agreements (kerja sama): shapes shared by server and web.
import { z } from 'zod';
import { AGREEMENT_KINDS, REPLICATION_STATUSES } from '../domain/catalogue/replication';
import { optionalText } from './common';

const isoDate = z.iso.date({ error: 'invalid_date' });
/** Digits with spaces, dashes, dots or brackets between them, optionally a leading + or an area code in brackets: 8–15 digits. */
export const PHONE = /^(?:\+|\()?[0-9][0-9 ().-]{6,22}[0-9]$/;
export const phoneOk = (v: string) => PHONE.test(v) && (v.match(/[0-9]/g)?.length ?? 0) >= 8 && (v.match(/[0-9]/g)?.length ?? 0) <= 15;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** The public request form (form-encoded or JSON), as the catalogue page posts it. */
export const publicRequestBody = z
  .object({
    region: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(200),
    name: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(200),
    position: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()),
    email: z.preprocess(blankToUndefined, z.email({ error: 'invalid_email' }).max(200).optional()),
    phone: z.preprocess(blankToUndefined, z.string().trim().max(40).refine(phoneOk, { error: 'invalid_phone' }).optional()),
    message: z.preprocess(blankToUndefined, z.string().trim().max(4000).optional()),
    website: z.string().optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.email && !v.phone) ctx.addIssue({ code: 'custom', path: ['email'], message: 'replication_contact_required' });
  });

export const publicRequestAnswer = z.object({ ok: z.literal(true) });
export const publicRequestErrors = z.object({
  error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() }),
});

export const replicationShape = z.object({
  id: z.string(),
  innovationId: z.string(),
  innovationName: z.string(),
  regionId: z.string(),
  regionName: z.string(),
  opdId: z.string(),
  opdName: z.string(),
  replicatingRegionId: z.string().nullable(),
  replicatingOpdId: z.string().nullable(),
  replicatingName: z.string(),
  /** Inside the region (an OPD replicating another OPD's innovation). */
  insideRegion: z.boolean(),
  requesterName: z.string(),
  requesterPosition: z.string().nullable(),
  requesterEmail: z.string().nullable(),
  requesterPhone: z.string().nullable(),
  message: z.string().nullable(),
  /** 'public' (the catalogue form) or 'signed_in'. */
  source: z.enum(['public', 'signed_in']),
  status: z.enum(REPLICATION_STATUSES),
  answerNote: z.string().nullable(),
  answeredByName: z.string().nullable(),
  answeredAt: z.string().nullable(),
  agreementKind: z.enum(AGREEMENT_KINDS).nullable(),
  agreementNumber: z.string().nullable(),
  agreementDate: z.string().nullable(),
  agreementFileName: z.string().nullable(),
  agreementSize: z.number().nullable(),
  implementedOn: z.string().nullable(),
  evidenceId: z.string().nullable(),
  /** The actor's side of it: the owning OPD answers ('incoming'), the asking side follows ('outgoing'). */
  direction: z.enum(['incoming', 'outgoing']),
  /** The actor may answer it (agree, decline, mark implemented, correct the agreement). */
  canAnswer: z.boolean(),
  createdAt: z.string(),
  version: z.number(),
});
export type Replication = z.infer<typeof replicationShape>;

export const replicationsQuery = z.object({
  direction: z.enum(['incoming', 'outgoing']).default('incoming'),
  status: z.enum(REPLICATION_STATUSES).optional(),
});
export const replicationList = z.object({ items: z.array(replicationShape) });

/** A signed-in request: another region's published innovation, or (inside the region) another OPD's innovation. */
export const replicationRequestBody = z.object({
  innovationId: z.uuid({ error: 'invalid' }),
  /** Inside the region: the replicating OPD (an OPD-bound user's own OPD by default). */
  replicatingOpdId: z.uuid({ error: 'invalid' }).optional(),
  requesterPosition: optionalText(200),
  requesterPhone: z.preprocess(blankToUndefined, z.string().trim().max(40).refine(phoneOk, { error: 'invalid_phone' }).optional()),
  message: optionalText(4000),
});

/** Innovations a signed-in user may ask to replicate, found by name (or one by its id, for a link). */
export const replicationCandidatesQuery = z.object({
  q: z.string().trim().max(100).optional(),
  innovationId: z.uuid({ error: 'invalid' }).optional(),
});
export const replicationCandidates = z.object({
  items: z.array(
    z.object({
      innovationId: z.string(),
      name: z.string(),
      opdId: z.string(),
      opdName: z.string(),
      regionName: z.string(),
      /** Another OPD's innovation of the user's own region (the replicating OPD must then be named). */
      insideRegion: z.boolean(),
    }),
  ),
});
export type ReplicationCandidate = z.infer<typeof replicationCandidates>['items'][number];

/** What agreeing did to the origin innovation's Replikasi indicator. */
export const evidenceOutcome = z.object({
  recorded: z.boolean(),
  /** Why nothing was recorded: no open period, the innovation has no entry in it, the framework has no Replikasi rule. */
  reason: z.enum(['no_open_period', 'no_entry', 'no_indicator']).nullable(),
  periodYear: z.number().nullable(),
  indicatorCode: z.string().nullable(),
  optionBefore: z.number().nullable(),
  optionAfter: z.number().nullable(),
  distinctRegions: z.number(),
});
export type EvidenceOutcome = z.infer<typeof evidenceOutcome>;

export const agreedResponse = z.object({ replication: replicationShape, evidence: evidenceOutcome });

/** The multipart fields of agreeing (with the document as `file`). */
export const agreementFields = z.object({
  version: z.coerce.number().int().min(1),
  agreementKind: z.enum(AGREEMENT_KINDS, { error: 'invalid_option' }),
  agreementNumber: optionalText(200),
  agreementDate: isoDate,
  answerNote: optionalText(2000),
});

/** Declining, marking implemented, correcting the agreement's details: only the fields sent change. */
export const replicationPatchBody = z.object({
  version: z.number().int().min(1),
  status: z.enum(['declined', 'implemented']).optional(),
  answerNote: optionalText(2000).optional(),
  agreementKind: z.enum(AGREEMENT_KINDS).optional(),
  agreementNumber: optionalText(200).optional(),
  agreementDate: isoDate.optional(),
  implementedOn: isoDate.optional(),
});

/** Where an innovation has been replicated and the cooperation agreements that cover it (the innovation page). */
export const innovationReplications = z.object({
  innovationId: z.string(),
  replications: z.array(
    z.object({
      id: z.string(),
      replicatingName: z.string(),
      insideRegion: z.boolean(),
      status: z.enum(REPLICATION_STATUSES),
      agreementKind: z.enum(AGREEMENT_KINDS).nullable(),
      agreementNumber: z.string().nullable(),
      agreementDate: z.string().nullable(),
      implementedOn: z.string().nullable(),
    }),
  ),
  agreements: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      partnerName: z.string(),
      kind: z.enum(AGREEMENT_KINDS),
      number: z.string().nullable(),
      signedOn: z.string(),
      validUntil: z.string().nullable(),
    }),
  ),
});
export type InnovationReplications = z.infer<typeof innovationReplications>;

// Cooperation agreements (kerja sama)

export const cooperationShape = z.object({
  id: z.string(),
  partnerRegionId: z.string().nullable(),
  partnerName: z.string(),
  title: z.string(),
  kind: z.enum(AGREEMENT_KINDS),
  number: z.string().nullable(),
  signedOn: z.string(),
  validUntil: z.string().nullable(),
  notes: z.string().nullable(),
  fileName: z.string().nullable(),
  size: z.number().nullable(),
  innovations: z.array(z.object({ id: z.string(), name: z.string() })),
  version: z.number(),
  updatedAt: z.string(),
});
export type Cooperation = z.infer<typeof cooperationShape>;

export const cooperationQuery = z.object({
  q: z.string().trim().max(100).optional(),
  kind: z.enum(AGREEMENT_KINDS).optional(),
  /** 'active': valid today (or without an end); 'expired': ended before today. */
  validity: z.enum(['all', 'active', 'expired']).default('all'),
  innovationId: z.uuid({ error: 'invalid' }).optional(),
});
export const cooperationList = z.object({ items: z.array(cooperationShape) });

export const cooperationCreateBody = z.object({
  partnerRegionId: z.uuid({ error: 'invalid' }).nullish(),
  partnerName: optionalText(200),
  title: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(300),
  kind: z.enum(AGREEMENT_KINDS, { error: 'invalid_option' }),
  number: optionalText(200),
  signedOn: isoDate,
  validUntil: isoDate.nullish(),
  notes: optionalText(4000),
  innovationIds: z
    .array(z.uuid({ error: 'invalid' }))
    .max(200)
    .default([]),
});

export const cooperationPatchBody = z.object({
  version: z.number().int().min(1),
  partnerRegionId: z.uuid({ error: 'invalid' }).nullish(),
  partnerName: optionalText(200).optional(),
  title: z.string().trim().min(1, { error: 'required' }).max(300).optional(),
  kind: z.enum(AGREEMENT_KINDS, { error: 'invalid_option' }).optional(),
  number: optionalText(200).optional(),
  signedOn: isoDate.optional(),
  validUntil: isoDate.nullish(),
  notes: optionalText(4000).optional(),
  innovationIds: z
    .array(z.uuid({ error: 'invalid' }))
    .max(200)
    .optional(),
});

/** Regions of the installation a request or an agreement can name. */
export const partnerRegions = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) });
