// Spreadsheet recaps of a period, streamed as they are written (exceljs' streaming writer): per innovation
// with every indicator's answer, evidence count and review status; per OPD; and the region (SPD) answers.
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { roundTo, unscaled } from '../../domain/iid/engine';
import type { Framework } from '../../domain/iid/types';
import { opdRows } from '../../domain/monitoring/opd-monitoring';
import { recapHeader, recapRow } from '../../domain/reports/recap';
import { isOpdBound } from '../../domain/roles';
import { innovationEntries, opds, periods } from '../db/schema';
import { recordAudit } from '../shared/audit';
import { notFound } from '../shared/errors';
import { authorize, regionInScope } from '../shared/guard';
import { liveEntry } from '../shared/live-entry';
import { entryItems, regionItems } from '../shared/review-state';

const tags = ['exports'];

export default async function exportRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  app.get(
    '/api/exports/recap.xlsx',
    {
      schema: {
        tags,
        summary: 'Recap spreadsheet of a period (default: the open one, else the latest); OPD roles get their own OPD',
        querystring: z.object({ periodId: z.uuid({ error: 'invalid' }).optional() }),
      },
    },
    async (request, reply) => {
      const actor = authorize(request, 'innovation:read');
      const regionId = regionInScope(actor, undefined);
      const own = isOpdBound(actor.role) ? actor.opdId : null;
      const [period] = request.query.periodId
        ? await db
            .select()
            .from(periods)
            .where(and(eq(periods.id, request.query.periodId), eq(periods.regionId, regionId)))
        : await db.select().from(periods).where(eq(periods.regionId, regionId)).orderBy(sql`${periods.status} = 'open' desc`, desc(periods.year)).limit(1);
      if (!period) throw notFound();
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
      const opdList = await db
        .select({ id: opds.id, name: opds.name })
        .from(opds)
        .where(and(eq(opds.regionId, regionId), eq(opds.active, true), own ? eq(opds.id, own) : undefined))
        .orderBy(asc(opds.name));

      // Written to a temp file first and sent only when complete: a failure midway is an error response,
      // never a truncated workbook.
      const temp = join(app.storage.incomingDir, `${randomUUID()}.xlsx`);
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
                urusan: [e.urusanUtama, ...(e.urusanLain ?? [])].filter((u): u is string => Boolean(u)),
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
            r.meetsTarget ? 'ya' : 'tidak',
          ])
          .commit();
      perOpd.commit();

      if (!own) {
        const spd = wb.addWorksheet('SPD (daerah)');
        spd.addRow(['Kode', 'Indikator', 'Nilai', 'Bukti', 'Verifikasi']).font = { bold: true };
        const region = await regionItems(db, period.id);
        for (const i of framework.indicators.filter((x) => x.aspect === 'SPD')) {
          const item = region[i.code];
          spd.addRow([i.code, i.name, item?.value ?? 0, item?.evidenceCount ?? 0, item && item.value > 0 ? item.reviewStatus : '']).commit();
        }
        spd.commit();
      }
      // An empty period still yields a valid workbook: the header rows say what would be there.
      try {
        await wb.commit();
      } catch (e) {
        await rm(temp, { force: true });
        throw e;
      }
      await recordAudit(db, request, {
        regionId,
        entityType: 'period',
        entityId: period.id,
        entityLabel: String(period.year),
        action: 'export',
        after: { rows: entries.length },
      });
      const file = createReadStream(temp);
      file.on('close', () => void rm(temp, { force: true }));
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="rekap-inovasi-${period.year}.xlsx"`)
        .header('cache-control', 'no-store')
        .send(file);
    },
  );
}
