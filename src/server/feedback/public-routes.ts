// The public catalogue's feedback form: anyone rates a published innovation 1–5, with a comment if they wish,
// without signing in and without JavaScript (a plain form post answered with a redirect back to the page), or
// with `Accept: application/json` (an answer in JSON); a refused form post gets the form again with its rating and
// comment, so nothing typed is lost. Nothing about the sender is kept but the day's keyed hash of the address, which
// limits how often one sender may post; a filled honeypot is answered as accepted and stores nothing; everything
// waits in the moderation queue before anyone sees it.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common';
import { feedbackPostBody, feedbackPostResponse, feedbackSlugParam } from '../../contract/feedback';
import { FEEDBACK_SENT } from '../../domain/catalogue/feedback';
import { issueToField } from '../plugins/errors';
import { AppError, type FieldError, notFound } from '../shared/http/errors';
import { filledHoneypot, senderHash } from '../shared/public-forms/sender';
import { feedbackForm } from '../shared/public-page/feedback-form';
import { html } from '../shared/public-page/html';
import { page } from '../shared/public-page/layout';
import { publishedBySlug, storeFeedback } from './repository';

const wantsJson = (request: FastifyRequest) => {
  const accept = String(request.headers.accept ?? '');
  return accept.includes('application/json') && !accept.includes('text/html');
};

/** Back to the innovation's public page, at the form, saying the post was received. */
const backToPage = (reply: FastifyReply, slug: string) =>
  reply.redirect(`/katalog/inovasi/${encodeURIComponent(slug)}?umpan-balik=${FEEDBACK_SENT}#umpan-balik`, 303);

const REFUSED = {
  invalid: 'Pilih nilai 1 sampai 5 (komentar paling banyak 1.000 karakter), lalu kirim lagi.',
  limited:
    'Penilaian belum dapat dikirim: inovasi ini sudah dinilai dari jaringan Anda hari ini, atau kiriman terlalu sering. Isian Anda masih di bawah ini; coba lagi besok.',
};

export default async function feedbackPublicRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  /** A refused form post: the form again with the rating and comment sent, and why. */
  const again = (reply: FastifyReply, status: 400 | 429, target: { slug: string; name: string }, body: Record<string, unknown>, problem: string) => {
    const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const back = `/katalog/inovasi/${target.slug}`;
    const content = html`<nav class="crumbs" aria-label="Remah roti"><a href="/katalog">Katalog</a> › <a href="${back}">${target.name}</a></nav>
<h1>Penilaian: ${target.name}</h1>
<section class="card" id="umpan-balik"><div class="notice bad" role="alert">${problem}</div>${feedbackForm(target.slug, { rating: text(body.rating), comment: text(body.comment) })}</section>`;
    const pageText = page(
      {
        title: `Penilaian — ${target.name}`,
        description: `Penilaian inovasi ${target.name}.`,
        url: `${app.config.appUrl}${back}`,
        type: 'website',
        noindex: true,
      },
      content,
    );
    return reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(pageText);
  };

  app.post(
    '/katalog/inovasi/:slug/umpan-balik',
    {
      config: { permission: 'public', scope: { kind: 'none' } },
      schema: {
        tags: ['feedback'],
        summary:
          'A citizen’s rating (1–5) and optional comment on a published innovation (form post: 303 back to the page; Accept: application/json: 201/400/429)',
        params: feedbackSlugParam,
        response: { 201: feedbackPostResponse, 400: errorResponse, 404: errorResponse, 429: errorResponse },
      },
    },
    async (request, reply) => {
      const { slug } = request.params;
      const json = wantsJson(request);
      const target = await publishedBySlug(db, slug);
      if (!target && json) throw notFound();
      if (!target) {
        // Withdrawn while the visitor was reading (or a stale form): a page, not an error in JSON.
        const text = page(
          {
            title: 'Inovasi tidak ditemukan — Katalog Inovasi Daerah',
            description: 'Inovasi tidak ditemukan.',
            url: `${app.config.appUrl}/katalog`,
            type: 'website',
            noindex: true,
          },
          html`<h1>Inovasi tidak ditemukan</h1><p>Inovasi ini tidak ada di katalog atau sudah tidak diterbitkan, sehingga penilaian Anda tidak dapat dikirim.</p><p><a href="/katalog">Ke katalog inovasi</a></p>`,
        );
        return (reply as unknown as FastifyReply).code(404).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(text);
      }
      const body = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, unknown>;
      const accepted = () => (json ? reply.status(201).send({ ok: true as const, status: 'pending' as const }) : backToPage(reply, target.slug));
      // A robot filled the field people never see: it is told all went well, and nothing is kept.
      if (filledHoneypot(body)) return accepted();
      const parsed = feedbackPostBody.safeParse(body);
      if (!parsed.success) {
        if (!json) return again(reply as unknown as FastifyReply, 400, target, body, REFUSED.invalid);
        const fields: Record<string, FieldError> = {};
        for (const issue of parsed.error.issues) {
          const key = String(issue.path[0] ?? 'rating');
          fields[key] ??= issueToField({
            keyword: issue.code,
            message: issue.message,
            params: issue as unknown as Record<string, unknown>,
            instancePath: '',
            schemaPath: '',
          } as Parameters<typeof issueToField>[0]);
        }
        throw new AppError(400, 'validation_failed', {}, fields);
      }
      const stored = await storeFeedback(
        db,
        { innovationId: target.innovationId, regionId: target.regionId, opdId: target.opdId },
        { rating: parsed.data.rating, comment: parsed.data.comment, senderHash: senderHash(app, request) },
      );
      if (stored === 'limited') {
        if (json) throw new AppError(429, 'rate_limited');
        return again(reply as unknown as FastifyReply, 429, target, body, REFUSED.limited);
      }
      return accepted();
    },
  );
}
