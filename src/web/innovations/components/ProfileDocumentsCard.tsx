// The profile's own documents: anggaran and profil bisnis (asked by the official form), HAKI and awards.
import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROFILE_DOCUMENTS } from '../../../domain/innovation/profile';
import { type Evidence, useEvidence } from '../../ui/evidence/api';
import { EvidenceList } from '../../ui/evidence/EvidenceList';
import { PreviewModal } from '../../ui/evidence/PreviewModal';
import { UploadControl } from '../../ui/evidence/UploadControl';

export function ProfileDocumentsCard({ entryId, canWrite }: { entryId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const evidence = useEvidence({ entryId });
  const [preview, setPreview] = useState<Evidence | null>(null);
  return (
    <Card withBorder>
      <Title order={3} fz="h4" mb={4}>
        {t('innovations.documents')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('innovations.documentsHint')}
      </Text>
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
