// Makes the evidence pre-check's OCR fixtures (test/support/evidence-ocr/): an SK Bupati as a scanned PDF and an
// SK Kepala Dinas as a photo-like PNG, from the same SK texts the tests use. Run again only to change them.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pagesAsPng, scannedPdf, skText, textPdf } from '../test/support/evidence-docs';

const dir = join(import.meta.dirname, '../test/support/evidence-ocr');
const bupati = skText({ signatory: 'bupati', innovation: 'Posyandu Digital', number: '188.45/212/HK/416-012/2026', signedOn: '12 Maret 2026' });
const kadis = skText({ signatory: 'kepala_dinas', innovation: 'Posyandu Digital', number: '440/57/416-102/2026', signedOn: '3 Februari 2026' });
await writeFile(join(dir, 'sk-bupati-scan.pdf'), await scannedPdf([bupati]));
const [photo] = await pagesAsPng(await textPdf([kadis]), 120);
await writeFile(join(dir, 'sk-kadis-photo.png'), photo);
