// Shown on an indicator whose answer someone else changed while this person was choosing: the newer answer
// (who, when) beside their own choice, which is not lost — they keep it (saved again on the newer version) or
// take the newer one.
import { Alert, Button, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../domain/iid/types';
import { formatDateTime } from '../../lib/format';
import { authQueries } from '../../lib/queries/auth';
import { optionText } from '../AnswerSelect';
import type { AnswerConflict } from './useAnswerSaving';

export function AnswerConflictAlert({
  indicator,
  conflict,
  busy,
  onKeepMine,
  onTakeTheirs,
}: {
  indicator: Indicator;
  conflict: AnswerConflict;
  busy?: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { current, mine } = conflict;
  // The same person in another tab (or on their phone) is not "someone else".
  const me = useQuery(authQueries.me()).data;
  const self = current.updatedById !== null && me?.user.id === current.updatedById;
  return (
    <Alert
      color="yellow"
      variant="light"
      p="xs"
      title={t(self ? 'evidence.conflict.titleSelf' : 'evidence.conflict.title')}
      data-testid="answer-conflict"
      role="alert"
    >
      <Text size="sm">
        {t('evidence.conflict.text', {
          who: self ? t('evidence.conflict.you') : (current.updatedByName ?? t('evidence.conflict.someone')),
          when: formatDateTime(current.updatedAt),
          theirs: optionText(indicator, current.value, t, i18n.language),
          mine: optionText(indicator, mine, t, i18n.language),
        })}
      </Text>
      <Group gap="xs" mt="xs">
        <Button size="xs" onClick={onKeepMine} loading={busy} data-testid="conflict-keep-mine">
          {t('evidence.conflict.keepMine')}
        </Button>
        <Button size="xs" variant="default" onClick={onTakeTheirs} disabled={busy} data-testid="conflict-take-theirs">
          {t('evidence.conflict.takeTheirs')}
        </Button>
      </Group>
    </Alert>
  );
}
