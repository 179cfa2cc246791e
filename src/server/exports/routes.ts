// Spreadsheet recaps of a period, streamed as they are written (exceljs' streaming writer): per innovation
// with every indicator's answer, evidence count and review status; per OPD; and the region (SPD) answers.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { periodQuery } from '../../contract/common';
import { jobShape } from '../../contract/exports';
import { roundTo, unscaled } from '../../domain/iid/engine';
import type { Framework } from '../../domain/iid/types';
import { labelOf, REVIEW_LABEL } from '../../domain/innovation/labels';
import { opdRows } from '../../domain/monitoring/opd-monitoring';
import { recapHeader, recapRow } from '../../domain/reports/recap';
import { canAccessRegion, isOpdBound } from '../../domain/roles';
import { exportJobs, innovationEntries, opds } from '../db/schema';
import type { SessionUser } from '../plugins/session';
import { recordAudit } from '../shared/audit/record';
import { liveEntry } from '../shared/entries/live-entry';
import { activeOpds } from '../shared/entries/opd-figures';
import { AppError, notFound } from '../shared/http/errors';
import { regionInScope } from '../shared/http/guard';
import { uuidParam } from '../shared/http/schemas';
import { periodScope } from '../shared/http/scopes';
import { sendStored, sendTemp, writeWhole } from '../shared/http/send-file';
import { entryItems, regionItems } from '../shared/items/state';
import { periodHeadOfRegion, periodWithFramework } from '../shared/periods/period-lookup';
import { entryUrusan } from '../shared/periods/period-state';
import { startJobWorker } from './jobs';
import { leaderReportInput } from './report-data';

const tags = ['exports'];

export default async function exportRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  app.get(
    '/api/exports/recap.xlsx',
    {
      config: { permission: 'innovation:read', scope: periodScope() },
      schema: {
        tags,
        summary: 'Recap spreadsheet of a period (default: the open one, else the latest); OPD roles get their own OPD',
        querystring: periodQuery,
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      const regionId = regionInScope(actor, undefined);
      const own = isOpdBound(actor.role) ? actor.opdId : null;
      const period = await periodWithFramework(db, regionId, request.query.periodId);
      const framework = period.framework as Framework;
      const entries = await db
        .select({
          id: innovationEntries.id,
          opdId: innovationEntries.opdId,
          opdName: opds.name,
          name: innovationEntries.name,
          status: innovationEntries.status,
          sent: innovationEntries.sent,
          tahapan: innovationEntries.tahapan,
          jenis: innovationEntries.jenis,
          urusanUtama: innovationEntries.urusanUtama,
          urusanLain: innovationEntries.urusanLain,
          maturityClaimed: innovationEntries.maturityClaimed,
          maturityVerified: innovationEntries.maturityVerified,
          reviewSummary: innovationEntries.reviewSummary,
        })
        .from(innovationEntries)
        .innerJoin(opds, eq(opds.id, innovationEntries.opdId))
        .where(and(eq(innovationEntries.periodId, period.id), liveEntry, own ? eq(innovationEntries.opdId, own) : undefined))
        .orderBy(asc(opds.name), asc(innovationEntries.name));
      const opdList = await activeOpds(db, regionId, own);

      // Written to a temp file and sent only when complete (writeWhole, sendTemp).
      const temp = join(app.storage.incomingDir, `${randomUUID()}.xlsx`);
      const { default: ExcelJS } = await import('exceljs');
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useStyles: true });
      const perInnovation = wb.addWorksheet('Per inovasi', { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
      perInnovation.addRow(recapHeader(framework)).font = { bold: true };
      // Items are read in batches so a large region never holds every answer at once.
      for (let k = 0; k < entries.length; k += 200) {
        const batch = entries.slice(k, k + 200);
        const items = await entryItems(
          db,
          batch.map((e) => e.id),
        );
        for (const e of batch)
          perInnovation
            .addRow(
              recapRow(framework, {
                ...e,
                urusan: entryUrusan(e),
                maturityClaimed: roundTo(unscaled(e.maturityClaimed), 2),
                maturityVerified: roundTo(unscaled(e.maturityVerified), 2),
                items: items.get(e.id) ?? {},
              }),
            )
            .commit();
      }
      perInnovation.commit();

      const perOpd = wb.addWorksheet('Per OPD', { views: [{ state: 'frozen', ySplit: 1 }] });
      perOpd.addRow([
        'Perangkat Daerah',
        'Terdaftar',
        'Diajukan',
        'Dikirim',
        'Kematangan rata-rata',
        'Terverifikasi rata-rata',
        'Kelengkapan bukti (%)',
        'Dikembalikan',
        'Menunggu',
        `Target ${period.opdTarget} tercapai`,
      ]).font = { bold: true };
      const names = new Map(opdList.map((o) => [o.id, o.name]));
      for (const r of opdRows(
        opdList.map((o) => o.id),
        entries,
        period.opdTarget,
        null,
      ))
        perOpd
          .addRow([
            names.get(r.opdId),
            r.registered,
            r.submitted,
            r.sent,
            r.averageMaturity,
            r.averageVerified,
            r.evidenceCompleteness ?? '',
            r.returned,
            r.waiting,
            r.meetsTarget ? 'Ya' : 'Tidak',
          ])
          .commit();
      perOpd.commit();

      if (!own) {
        const spd = wb.addWorksheet('SPD (daerah)');
        spd.addRow(['No', 'Indikator', 'Nilai', 'Bukti', 'Verifikasi']).font = { bold: true };
        const region = await regionItems(db, period.id);
        for (const i of framework.indicators.filter((x) => x.aspect === 'SPD')) {
          const item = region[i.code];
          spd
            .addRow([i.code, i.name, item?.value ?? 0, item?.evidenceCount ?? 0, item && item.value > 0 ? labelOf(REVIEW_LABEL, item.reviewStatus) : ''])
            .commit();
        }
        spd.commit();
      }
      // An empty period still yields a valid workbook: the header rows say what would be there.
      await writeWhole(temp, () => wb.commit());
      await recordAudit(db, request, {
        regionId,
        entityType: 'period',
        entityId: period.id,
        entityLabel: String(period.year),
        action: 'export',
        after: { rows: entries.length },
      });
      return sendTemp(reply, temp, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `rekap-inovasi-${period.year}.xlsx`);
    },
  );

  startJobWorker(app);

  const toJob = (j: typeof exportJobs.$inferSelect) => ({
    id: j.id,
    kind: j.kind,
    status: j.status,
    progress: j.progress,
    total: j.total,
    message: j.message,
    fileName: j.fileName,
    fileSize: j.fileSize,
    createdAt: j.createdAt.toISOString(),
    finishedAt: j.finishedAt?.toISOString() ?? null,
  });

  async function jobInScope(actor: SessionUser, id: string) {
    const [job] = await db.select().from(exportJobs).where(eq(exportJobs.id, id));
    if (!job || !canAccessRegion(actor, job.regionId)) throw notFound();
    return job;
  }

  app.post(
    '/api/exports/package',
    {
      config: { permission: 'innovation:send', scope: periodScope() },
      schema: {
        tags,
        summary: 'Start building the national submission package (zip) of a period in the background',
        body: periodQuery,
        response: { 202: jobShape },
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      const regionId = regionInScope(actor, undefined);
      const period = await periodHeadOfRegion(db, regionId, request.body.periodId);
      const [job] = await db.insert(exportJobs).values({ regionId, periodId: period.id, kind: 'package', createdBy: actor.id }).returning();
      await recordAudit(db, request, {
        regionId,
        entityType: 'period',
        entityId: period.id,
        entityLabel: String(period.year),
        action: 'export',
        after: { paket: job.id },
      });
      reply.code(202);
      return toJob(job);
    },
  );

  app.get(
    '/api/exports/jobs/:id',
    {
      config: { permission: 'innovation:send', scope: { kind: 'region', resource: 'exportJob' } },
      schema: { tags, summary: 'Progress of an export job', params: uuidParam, response: { 200: jobShape } },
    },
    async (request) => toJob(await jobInScope(request.actor, request.params.id)),
  );

  app.get(
    '/api/exports/jobs/:id/download',
    {
      config: { permission: 'innovation:send', scope: { kind: 'region', resource: 'exportJob' } },
      schema: { tags, summary: 'Download the finished file of an export job', params: uuidParam },
    },
    async (request, reply) => {
      const job = await jobInScope(request.actor, request.params.id);
      if (job.status !== 'done' || !job.fileSha256) throw new AppError(409, 'export_not_ready');
      return sendStored(
        reply,
        app.storage,
        { sha256: job.fileSha256, name: job.fileName ?? 'paket.zip', mime: 'application/zip', size: job.fileSize ?? 0 },
        true,
      );
    },
  );

  app.get(
    '/api/exports/report.pdf',
    {
      config: { permission: 'period:read', scope: periodScope() },
      schema: {
        tags,
        summary: 'The leaders’ PDF report of a period (default: the open one, else the latest), in Bahasa Indonesia',
        querystring: periodQuery,
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      const regionId = regionInScope(actor, undefined);
      const period = await periodWithFramework(db, regionId, request.query.periodId);
      const input = await leaderReportInput(db, regionId, period, isOpdBound(actor.role) ? actor.opdId : null);
      const temp = join(app.storage.incomingDir, `${randomUUID()}.pdf`);
      await writeWhole(temp, async () => {
        const { writeLeaderReport } = await import('./report');
        await writeLeaderReport(temp, input);
      });
      return sendTemp(reply, temp, 'application/pdf', `laporan-inovasi-${period.year}.pdf`);
    },
  );
}
