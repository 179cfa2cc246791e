// New password + confirmation with the policy shown and a live strength meter, shared by reset and change forms.
import { PasswordInput, Progress, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type Locale, translate } from '../../../domain/messages';
import { PASSWORD_MIN_LENGTH, type PasswordContext } from '../../../domain/password-rules';
import { usePasswordStrength } from './usePasswordStrength';

const SCORE_COLOURS = ['red', 'red', 'orange', 'teal', 'green'] as const;

export function NewPasswordFields<T extends { newPassword: string; confirmPassword: string }>({
  form,
  context = {},
}: {
  form: UseFormReturnType<T>;
  /** The user's own words (name, e-mail, region, OPD), when known: the server checks them in any case. */
  context?: PasswordContext;
}) {
  const { t, i18n } = useTranslation();
  const language: Locale = i18n.language === 'en' ? 'en' : 'id';
  const strength = usePasswordStrength(form.getValues().newPassword, context, language);
  const problem = strength?.problems[0];
  return (
    <Stack gap="sm">
      <PasswordInput label={t('auth.newPassword')} autoComplete="new-password" required {...form.getInputProps('newPassword')} />
      {strength && (
        <Stack gap={4} data-testid="password-strength" aria-live="polite">
          <Progress value={(strength.score + 1) * 20} color={problem ? 'red' : SCORE_COLOURS[strength.score]} size="sm" aria-label={t('auth.strengthLabel')} />
          <Text size="xs" c={problem ? 'red' : 'teal'}>
            {problem ? translate(`password_${problem}`, language, { min: PASSWORD_MIN_LENGTH }) : t('auth.strengthOk')}
          </Text>
          {/* The estimator's advice only while the password is refused: beside "strong enough" it read as a contradiction. */}
          {(problem ? strength.texts : []).map((text) => (
            <Text key={text} size="xs" c="dimmed">
              {text}
            </Text>
          ))}
        </Stack>
      )}
      <PasswordInput label={t('auth.confirmPassword')} autoComplete="new-password" required {...form.getInputProps('confirmPassword')} />
      <Text size="xs" c="dimmed">
        {t('auth.policy', { min: PASSWORD_MIN_LENGTH })}
      </Text>
    </Stack>
  );
}

export function confirmMatches(t: (k: string) => string) {
  return (value: string, values: { newPassword: string }) => (value === values.newPassword ? null : t('auth.mismatch'));
}
