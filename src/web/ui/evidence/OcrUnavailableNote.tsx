// Said once above the upload controls of a form when this installation has no OCR: scans and photos are kept
// but their contents are not read (PDFs with a text layer still are, unless the PDF reader is missing too).
import { Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCheckCapabilities } from './api';

export function OcrUnavailableNote() {
  const { t } = useTranslation();
  const capabilities = useCheckCapabilities();
  // Nothing while unknown (or when the question failed): the note is advice, not worth an error.
  const caps = capabilities.data;
  if (!caps || (caps.ocr && caps.pdfText)) return null;
  return (
    <Text size="xs" c="dimmed" data-testid="ocr-unavailable">
      <IconInfoCircle size={14} style={{ verticalAlign: 'text-bottom', marginRight: 4 }} aria-hidden />
      {t(caps.pdfText ? 'evidence.check.ocrUnavailable' : caps.ocr ? 'evidence.check.pdfReaderUnavailable' : 'evidence.check.readersUnavailable')}
    </Text>
  );
}
