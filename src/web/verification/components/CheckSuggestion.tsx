// What the pre-check found wrong with an item's evidence, offered to the verifier as the start of a return note:
// the failed checks and the summary when the evidence supports less than the option chosen. The button only
// copies the text into the note field; nothing is sent and nothing is decided.
import { Button, Paper, Stack, Text } from '@mantine/core';
import { IconNotes } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '../../ui/evidence/api';
import { itemName, suggestedNote } from '../../ui/evidence/check-note';

export function CheckSuggestion({ items, onUse }: { items: Evidence[]; onUse?: (text: string) => void }) {
  const { t } = useTranslation();
  const notes = items.flatMap((item) => {
    const text = suggestedNote(item, t);
    return text ? [{ item, text }] : [];
  });
  if (!notes.length) return null;
  return (
    <Paper withBorder p="xs" bg="var(--mantine-color-yellow-light)" data-testid="check-suggestion">
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {t('evidence.check.suggestion.title')}
        </Text>
        {notes.map(({ item, text }) => (
          <Stack key={item.id} gap={4}>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="check-suggestion-text">
              {text}
            </Text>
            {onUse && (
              <Button
                size="compact-sm"
                variant="light"
                leftSection={<IconNotes size={14} />}
                style={{ alignSelf: 'flex-start' }}
                aria-label={notes.length > 1 ? t('evidence.check.suggestion.useLabel', { name: itemName(item) }) : undefined}
                onClick={() => onUse(text)}
                data-testid="use-suggestion"
              >
                {t('evidence.check.suggestion.use')}
              </Button>
            )}
          </Stack>
        ))}
        <Text size="xs" c="dimmed">
          {t('evidence.check.suggestion.hint')}
        </Text>
      </Stack>
    </Paper>
  );
}
