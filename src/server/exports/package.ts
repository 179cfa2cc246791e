// The national submission package: a zip with one folder per sent innovation (evidence named by indicator
// code and name, links listed), a manifest spreadsheet in the national form's order, and notes on anything
// that could not be included. Streamed file by file into a temp zip — memory stays flat for any size.

import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipArchive } from 'archiver';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { roundTo, unscaled } from '../../domain/iid/engine';
import type { Framework } from '../../domain/iid/types';
import { BENTUK_LABEL, INISIATOR_LABEL, JENIS_LABEL, labelOf, TAHAPAN_LABEL, TEMATIK_LABEL, urusanLabel } from '../../domain/innovation/labels';
import { isProfileDocument } from '../../domain/innovation/profile';
import { indonesianDate } from '../../domain/reports/indonesian-date';
import { evidenceFileName, folderName, MANIFEST_COLUMNS } from '../../domain/reports/package-names';
import type { Db } from '../db/client';
import { evidence, innovationEntries, opds, periods } from '../db/schema';
import type { BlobStore } from '../plugins/storage';
import { liveEntry } from '../shared/entries/live-entry';

const plain = (html: string | null) =>
  (html ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Resolves when the zip has written this file; rejects if the zip or the file's own stream fails (archiver
 * does not pass a source's error on, so without listening to it a failed read would wait forever). */
function entryWritten(zip: ZipArchive, source: Readable): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const done = (err?: Error) => {
      zip.off('entry', onEntry);
      zip.off('error', done);
      source.off('error', done);
      if (err) reject(err);
      else resolve();
    };
    const onEntry = () => done();
    zip.once('entry', onEntry);
    zip.once('error', done);
    source.once('error', done);
  });
}

export async function buildPackage(
  db: Db,
  store: BlobStore,
  periodId: string,
  onProgress: (done: number, total: number) => Promise<void>,
): Promise<{ tempPath: string; fileName: string }> {
  const [period] = await db.select().from(periods).where(eq(periods.id, periodId));
  const framework = period.framework as Framework;
  const names = new Map(framework.indicators.map((i) => [i.code, i.name]));
  const sent = await db
    .select({ entry: innovationEntries, opdName: opds.name })
    .from(innovationEntries)
    .innerJoin(opds, eq(opds.id, innovationEntries.opdId))
    .where(and(eq(innovationEntries.periodId, periodId), eq(innovationEntries.sent, true), liveEntry))
    .orderBy(asc(opds.name), asc(innovationEntries.name));
  // A snapshot of the evidence at the start: files replaced meanwhile are the ones of this moment.
  const items = sent.length
    ? await db
        .select()
        .from(evidence)
        .where(
          and(
            inArray(
              evidence.entryId,
              sent.map((s) => s.entry.id),
            ),
            isNull(evidence.deletedAt),
          ),
        )
        .orderBy(asc(evidence.indicatorCode), asc(evidence.createdAt))
    : [];
  const total = items.filter((i) => i.kind === 'file').length;
  const tempPath = join(store.incomingDir, `${randomUUID()}.zip`);
  const zip = new ZipArchive({ zlib: { level: 1 } });
  const written = pipeline(zip, createWriteStream(tempPath));
  try {
    const notes: string[] = [];

    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Manifest');
    sheet.addRow([...MANIFEST_COLUMNS]).font = { bold: true };
    let done = 0;
    for (const [k, { entry: e, opdName }] of sent.entries()) {
      const folder = folderName(k + 1, e.name, sent.length);
      sheet.addRow([
        k + 1,
        e.name,
        opdName,
        labelOf(TAHAPAN_LABEL, e.tahapan),
        labelOf(INISIATOR_LABEL, e.inisiatorType),
        e.inisiatorName ?? '',
        labelOf(JENIS_LABEL, e.jenis),
        labelOf(BENTUK_LABEL, e.bentuk),
        labelOf(TEMATIK_LABEL, e.tematik),
        e.urusanUtama ? urusanLabel(e.urusanUtama) : '',
        (e.urusanLain ?? []).map(urusanLabel).join('; '),
        indonesianDate(e.waktuUjiCoba),
        indonesianDate(e.waktuPenerapan),
        plain(e.rancangBangun),
        e.tujuan ?? '',
        e.manfaat ?? '',
        e.hasil ?? '',
        roundTo(unscaled(e.maturityClaimed), 2),
        roundTo(unscaled(e.maturityVerified), 2),
        folder,
      ]);
      const taken = new Set<string>();
      const links: string[] = [];
      for (const item of items.filter((i) => i.entryId === e.id)) {
        const label = isProfileDocument(item.indicatorCode)
          ? item.indicatorCode.slice(4).replace('_', ' ')
          : (names.get(item.indicatorCode) ?? item.indicatorCode);
        const code = isProfileDocument(item.indicatorCode) ? 'profil' : item.indicatorCode;
        if (item.kind === 'link') {
          links.push(`${code} ${label}: ${item.url}${item.title ? ` (${item.title})` : ''}`);
          continue;
        }
        let stream: Readable | null = null;
        try {
          stream = await store.read(item.fileSha256 as string);
        } catch {
          // Gone since the snapshot (replaced and purged meanwhile) or unreadable: said in the package, not fatal.
          notes.push(`${folder}: berkas ${item.fileName ?? item.fileSha256} (indikator ${item.indicatorCode}) tidak dapat dibaca dan tidak disertakan.`);
        }
        if (stream) {
          // Stored, not deflated: PDF, JPG, PNG and MP4 are compressed already, so deflating only costs time.
          zip.append(stream, { name: `${folder}/${evidenceFileName(code, label, item.mime ?? '', taken)}`, store: true });
          // One open file at a time. A read failing half-way rejects here and fails the job: a retry is better
          // than a package with a truncated file in it.
          await entryWritten(zip, stream);
        }
        done++;
        if (done % 10 === 0 || done === total) await onProgress(done, total);
      }
      if (links.length) zip.append(`${links.join('\r\n')}\r\n`, { name: `${folder}/tautan.txt` });
    }
    zip.append(Buffer.from(await wb.xlsx.writeBuffer()), { name: 'manifest.xlsx' });
    if (!sent.length) notes.push('Belum ada inovasi yang ditandai dikirim pada periode ini; paket hanya berisi manifest kosong.');
    if (notes.length) zip.append(`${notes.join('\r\n')}\r\n`, { name: 'catatan.txt' });
    await zip.finalize();
    await written;
  } catch (err) {
    // Never leave a half-written package behind: the job is marked failed and can be started again.
    zip.destroy();
    await written.catch(() => {});
    await rm(tempPath, { force: true });
    throw err;
  }
  await onProgress(total, total);
  return { tempPath, fileName: `paket-iid-${period.year}.zip` };
}
