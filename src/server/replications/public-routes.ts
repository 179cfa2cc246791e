// The catalogue page's replication request form: anyone (another region's staff, without an account) asks to
// replicate a published innovation. Works without JavaScript (a plain form post answered with a redirect back to
// the page and a message), or as JSON for a script (Accept: application/json). Robots filling the hidden field get
// the same answer as people and nothing is stored; one sender may ask a few times an hour.
import { and, count, eq, gt, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicRequestAnswer, publicRequestBody, publicRequestErrors } from '../../contract/replications';
import { normalisedRegionName } from '../../domain/catalogue/replication';
import { MESSAGES, type MessageCode, translate } from '../../domain/messages';
import { catalogueEntries, innovations, regions, replications } from '../db/schema';
import { recordAudit } from '../shared/audit/record';
import { raiseInstantly, sendAfterCommit } from '../shared/notifications/instant';
import { filledHoneypot, senderHash } from '../shared/public-forms/sender';
import { html } from '../shared/public-page/html';
import { page } from '../shared/public-page/layout';
import { REPLICATION_FORM_FIELDS, type ReplicationFormField, replicationForm } from '../shared/public-page/replication-form';
import { replicationNotices } from './notices';

/** How many requests one sender (keyed daily hash of the address) may post in an hour. */
export const PUBLIC_REQUESTS_PER_HOUR = 3;

const NOBODY = '00000000-0000-0000-0000-000000000000';
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A zod issue of the form as the field message the page shows. */
function fieldsOf(error: z.ZodError): Record<string, MessageCode> {
  const out: Record<string, MessageCode> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_');
    if (out[field]) continue;
    if (issue.message in MESSAGES) out[field] = issue.message as MessageCode;
    else if (issue.code === 'too_big') out[field] = 'too_long';
    else if (issue.code === 'invalid_type') out[field] = 'required';
    else out[field] = 'invalid';
  }
  return out;
}

export default async function publicReplicationRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  const wantsJson = (request: FastifyRequest) => (request.headers.accept ?? '').includes('application/json');
  const back = (reply: FastifyReply, slug: string) => reply.redirect(`/katalog/inovasi/${encodeURIComponent(slug)}?replikasi=terkirim#replikasi`, 303);

  /** A refused form post without JavaScript: the form again with what was typed and the problems on their fields. */
  const again = (
    reply: FastifyReply,
    status: 400 | 429,
    target: { slug: string; name: string },
    body: Record<string, unknown>,
    problem: string,
    errors: Partial<Record<ReplicationFormField, string>> = {},
  ) => {
    const values = Object.fromEntries(REPLICATION_FORM_FIELDS.map((f) => [f, typeof body[f] === 'string' ? body[f] : ''])) as Record<
      ReplicationFormField,
      string
    >;
    const back = `/katalog/inovasi/${target.slug}`;
    const text = page(
      {
        title: `Permintaan replikasi — ${target.name}`,
        description: `Permintaan replikasi inovasi ${target.name}.`,
        url: `${app.config.appUrl}${back}`,
        type: 'website',
        noindex: true,
      },
      html`<nav class="crumbs" aria-label="Remah roti"><a href="/katalog">Katalog</a> › <a href="${back}">${target.name}</a></nav>
<h1>Permintaan replikasi: ${target.name}</h1>
<section class="card" id="replikasi"><div class="notice bad" role="alert">${problem}</div>${replicationForm(target.slug, { values, errors })}</section>`,
    );
    return (reply as unknown as FastifyReply).code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(text);
  };

  app.post(
    '/katalog/inovasi/:slug/replikasi',
    {
      config: { permission: 'public', scope: { kind: 'none' } },
      schema: {
        tags: ['replications'],
        summary:
          'Ask to replicate a published innovation (public form: region, name, position, email or phone, message). Answers 303 back to the page, or JSON with Accept: application/json',
        params: z.object({ slug: z.string().max(200) }),
        body: z.record(z.string(), z.unknown()).optional(),
        response: { 201: publicRequestAnswer, 400: publicRequestErrors, 429: publicRequestErrors },
      },
    },
    async (request, reply) => {
      const { slug } = request.params;
      const locale = request.locale ?? 'id';
      const json = wantsJson(request);
      const [published] = await db
        .select({
          innovationId: catalogueEntries.innovationId,
          regionId: catalogueEntries.regionId,
          regionName: regions.name,
          opdId: innovations.opdId,
          name: catalogueEntries.name,
        })
        .from(catalogueEntries)
        .innerJoin(innovations, eq(innovations.id, catalogueEntries.innovationId))
        .innerJoin(regions, eq(regions.id, catalogueEntries.regionId))
        .where(and(eq(catalogueEntries.slug, slug), sql`${innovations.deletedAt} is null`));
      if (!published) {
        const message = translate('replication_not_published', locale);
        // Outside the response schema: the page a browser shows, or the error shape for a script.
        const raw = reply as unknown as FastifyReply;
        if (json) return raw.code(404).send({ error: { code: 'not_found', message } });
        return raw
          .code(404)
          .type('text/html; charset=utf-8')
          .send(`<!doctype html><html lang="${locale}"><meta charset="utf-8"><title>404</title><main><h1>404</h1><p>${escapeHtml(message)}</p></main></html>`);
      }
      const body = (request.body ?? {}) as Record<string, unknown>;
      // A robot: answered as a person would be, nothing stored.
      if (filledHoneypot(body)) return json ? reply.code(201).send({ ok: true as const }) : back(reply, slug);
      const parsed = publicRequestBody.safeParse(body);
      // The owning region is no "other region" (SID 31 counts those): its OPDs ask from their Inovda account.
      const ownRegion = parsed.success && normalisedRegionName(parsed.data.region) === normalisedRegionName(published.regionName);
      if (!parsed.success || ownRegion) {
        const problems: Record<string, MessageCode> = parsed.success ? { region: 'replication_own_region' } : fieldsOf(parsed.error);
        if (!json) {
          const errors = Object.fromEntries(Object.entries(problems).map(([k, code]) => [k, translate(code, 'id')]));
          return again(reply, 400, { slug, name: published.name }, body, 'Periksa isian yang ditandai, lalu kirim lagi.', errors);
        }
        const fields = Object.fromEntries(Object.entries(problems).map(([k, code]) => [k, translate(code, locale)]));
        return reply.code(400).send({ error: { code: 'validation_failed', message: translate('validation_failed', locale), fields } });
      }
      const hash = senderHash(app, request);
      const [{ n }] = await db
        .select({ n: count() })
        .from(replications)
        .where(and(eq(replications.senderHash, hash), gt(replications.createdAt, sql`now() - interval '1 hour'`)));
      if (n >= PUBLIC_REQUESTS_PER_HOUR) {
        if (!json)
          return again(
            reply,
            429,
            { slug, name: published.name },
            body,
            'Terlalu banyak permintaan dari jaringan Anda. Isian Anda masih di bawah ini; coba kirim lagi dalam satu jam.',
          );
        return reply.code(429).send({ error: { code: 'replication_too_often', message: translate('replication_too_often', locale) } });
      }
      const v = parsed.data;
      const mails = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(replications)
          .values({
            innovationId: published.innovationId,
            regionId: published.regionId,
            opdId: published.opdId,
            replicatingName: v.region,
            requesterName: v.name,
            requesterPosition: v.position ?? null,
            requesterEmail: v.email ?? null,
            requesterPhone: v.phone ?? null,
            message: v.message ?? null,
            senderHash: hash,
          })
          .returning();
        await recordAudit(tx, request, {
          regionId: row.regionId,
          entityType: 'replication',
          entityId: row.id,
          entityLabel: `${published.name} — ${row.replicatingName}`,
          action: 'request',
          after: { replicatingName: row.replicatingName, requesterName: row.requesterName, source: 'public' },
          actor: { id: null, name: 'publik' },
        });
        return replicationNotices(tx, { ...row, innovationName: published.name }, NOBODY, raiseInstantly);
      });
      sendAfterCommit(app.mailer, app.config.appUrl, request.log, mails);
      return json ? reply.code(201).send({ ok: true as const }) : back(reply, slug);
    },
  );
}
