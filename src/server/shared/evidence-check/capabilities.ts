// What this installation can read (GET /api/evidence/check-capabilities): the web says so at upload when OCR is
// missing, and the reader marks a scan 'ocr_unavailable' instead of failing.
import type { CheckCapabilities } from '../../../contract/evidence-check';
import type { EvidenceTools } from './tools';

export function capabilitiesOf(tools: EvidenceTools): CheckCapabilities {
  const ocrLanguage = tools.tesseract ? (tools.ocrLanguages[0] ?? null) : null;
  return {
    pdfText: Boolean(tools.pdfinfo && tools.pdftotext),
    ocr: ocrLanguage !== null,
    ocrLanguage,
    // A video's length comes from its container, read in-process (video-length.ts): always available.
    video: true,
  };
}

/** OCR of a scanned PDF's pages needs them rendered first. */
export const canOcrPdf = (tools: EvidenceTools) => Boolean(tools.pdftoppm && tools.tesseract && tools.ocrLanguages.length);
