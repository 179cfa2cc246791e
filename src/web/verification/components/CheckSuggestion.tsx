// What the pre-check found wrong with an item's evidence, offered to the verifier as the start of a return note:
// the failed checks and the summary when the evidence supports less than the option chosen. The button only
// copies the text into the note field; nothing is sent and nothing is decided.
import { Button, Paper, Stack, Text } from '@mantine/core';
import { IconNotes } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '../../ui/evidence/api';
import { itemName } from '../../ui/evidence/EvidenceCheckView';

const LEVEL_CHECKS = new Set<string>(['kind', 'count']);
const sentence = (s: string) => (/[.!?…]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/** The note the pre-check suggests for one evidence item, or null when it found nothing against it. */
export function suggestedNote(item: Evidence, t: TFunction): string | null {
  const check = item.check;
  if (check?.status !== 'done') return null;
  const summary = check.belowSelected && check.summary ? check.summary : null;
  // The summary is the level the kind or the count supports: their own failures would say it a second time.
  const failed = check.checks.filter((f) => f.outcome === 'failed' && !(summary && LEVEL_CHECKS.has(f.check)));
  const parts = [...(summary ? [summary] : []), ...failed.map((f) => f.text)];
  const unique = [...new Set(parts.map(sentence))];
  if (!unique.length) return null;
  return t('evidence.check.suggestion.line', { name: itemName(item), text: unique.join(' ') });
}

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
