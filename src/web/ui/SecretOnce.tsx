// Shows a secret (a temporary password) once, with a copy button, until the admin closes it.
import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function SecretOnce({
  title,
  text,
  secret,
  extra,
  onClose,
}: {
  title: string;
  text: string;
  secret: string | null;
  extra?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={Boolean(secret)} onClose={onClose} title={title} centered>
      <Stack>
        <Alert color="yellow">
          <Text size="sm">{text}</Text>
        </Alert>
        {extra && <Text size="sm">{extra}</Text>}
        <Group wrap="nowrap">
          <Code fz="lg" data-testid="secret-value" style={{ flex: 1, wordBreak: 'break-all' }}>
            {secret}
          </Code>
          <CopyButton value={secret ?? ''}>
            {({ copied, copy }) => (
              <Button variant="light" onClick={copy}>
                {copied ? t('common.copied') : t('common.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </Stack>
    </Modal>
  );
}
