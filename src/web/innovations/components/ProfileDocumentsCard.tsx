// The profile's own documents: anggaran and profil bisnis (asked by the official form), HAKI and awards.
import { Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROFILE_DOCUMENTS } from '../../../domain/innovation/profile';
import { type Evidence, useEvidence } from '../../ui/evidence/api';
import { EvidenceList } from '../../ui/evidence/EvidenceList';
import { PreviewModal } from '../../ui/evidence/PreviewModal';
import { UploadControl } from '../../ui/evidence/UploadControl';
import { SectionTitle } from '../../ui/PageHeader';

export function ProfileDocumentsCard({ entryId, canWrite }: { entryId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const evidence = useEvidence({ entryId });
  const [preview, setPreview] = useState<Evidence | null>(null);
  return (
    <Card withBorder>
      <SectionTitle title={t('innovations.documents')} hint={t('innovations.documentsHint')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {PROFILE_DOCUMENTS.map((code) => (
          <Stack key={code} gap={6} data-testid={`document-${code}`}>
            <Text size="sm" fw={600}>
              {t(`innovations.document.${code.slice(4)}`)}
            </Text>
            <EvidenceList items={(evidence.data ?? []).filter((e) => e.code === code)} canDelete={canWrite} onPreview={setPreview} />
            {canWrite && <UploadControl owner={{ entryId }} code={code} />}
          </Stack>
        ))}
      </SimpleGrid>
      <PreviewModal item={preview} onClose={() => setPreview(null)} />
    </Card>
  );
}
