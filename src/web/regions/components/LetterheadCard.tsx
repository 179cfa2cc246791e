// "Kop surat & penandatangan": the Admin Daerah sets the letterhead and signing official of the leaders' PDF.
// Only changed fields are sent (the server leaves absent ones as they are); the logo is saved as soon as it is
// chosen, and checked on the server (PNG/JPG that a PDF can embed).
import { Button, Card, FileInput, Group, Image, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInWib } from '../../../domain/monitoring/opd-monitoring';
import { type Letterhead, LOGO_MAX_BYTES, NIP_PATTERN, nipDigits, signatureLines } from '../../../domain/reports/letterhead';
import { notifySaved, showApiError } from '../../ui/forms';
import { ErrorState, LoadingState } from '../../ui/states';
import { type LetterheadChange, logoUrl, useLetterhead, useUpdateLetterhead } from '../api/letterhead';

const FIELDS = ['agencyName', 'address', 'phone', 'email', 'signPlace', 'signDate', 'signerTitle', 'signerName', 'signerNip'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

const toValues = (l: Letterhead): Values => Object.fromEntries(FIELDS.map((f) => [f, l[f] ?? ''])) as Values;

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let k = 0; k < bytes.length; k += 0x8000) binary += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
  return btoa(binary);
}

export function LetterheadCard({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const letterhead = useLetterhead(regionId);
  const update = useUpdateLetterhead(regionId);
  const logo = useUpdateLetterhead(regionId);
  const form = useForm<Values>({
    initialValues: toValues({} as Letterhead),
    validate: {
      signerNip: (v) => (nipDigits(v) && !NIP_PATTERN.test(nipDigits(v)) ? t('letterhead.invalidNip') : null),
      email: (v) => (v.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()) ? t('letterhead.invalidEmail') : null),
    },
  });

  useEffect(() => {
    if (letterhead.data && !form.isDirty()) {
      const v = toValues(letterhead.data);
      form.setValues(v);
      form.resetDirty(v);
    }
    // Only when fresh data arrives; never overwrite what the user is typing.
  }, [letterhead.data]);

  if (letterhead.isLoading) return <LoadingState />;
  if (letterhead.error || !letterhead.data) return <ErrorState error={letterhead.error} onRetry={() => letterhead.refetch()} />;
  const data = letterhead.data;
  const field = (name: Field, hint?: string) => ({
    label: t(`letterhead.${name}`),
    description: hint,
    ...form.getInputProps(name),
  });
  const today = todayInWib(new Date());
  const typed = (f: Field) => (f === 'signerNip' ? nipDigits(form.values[f]) : form.values[f].trim()) || null;
  const preview = signatureLines({ ...data, ...Object.fromEntries(FIELDS.map((f) => [f, typed(f)])) } as Letterhead, today);

  const chooseLogo = async (file: File | null) => {
    if (!file) return;
    if (file.size > LOGO_MAX_BYTES) {
      form.setFieldError('logo', t('letterhead.logoTooLarge'));
      return;
    }
    logo.mutate({ logo: await base64Of(file) }, { onSuccess: () => notifySaved(t('letterhead.logoSaved')), onError: (e) => showApiError(form, e) });
  };

  return (
    <Card withBorder maw={880} data-testid="letterhead">
      <Title order={3} fz="h4">
        {t('letterhead.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('letterhead.intro')}
      </Text>
      <form
        noValidate
        onSubmit={form.onSubmit((v) => {
          // Only what changed: an absent field stays as it is on the server.
          const change: LetterheadChange = {};
          for (const f of FIELDS) if (form.isDirty(f)) change[f] = (f === 'signerNip' ? nipDigits(v[f]) : v[f].trim()) || null;
          update.mutate(change, {
            onSuccess: (r) => {
              form.resetDirty(toValues(r));
              notifySaved(t('common.saved'));
            },
            onError: (e) => showApiError(form, e),
          });
        })}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <Stack gap="sm">
            <Title order={4} fz="h5">
              {t('letterhead.kop')}
            </Title>
            <TextInput {...field('agencyName', t('letterhead.agencyNameHint'))} />
            <Textarea autosize minRows={2} {...field('address')} />
            <TextInput {...field('phone')} />
            <TextInput type="email" {...field('email')} />
            <Group align="flex-end" gap="sm" wrap="nowrap">
              {data.hasLogo ? (
                <Image src={logoUrl(regionId, data.updatedAt)} alt={t('letterhead.logoAlt')} h={56} w={56} fit="contain" />
              ) : (
                <Text size="xs" c="dimmed" w={56}>
                  {t('letterhead.logoNone')}
                </Text>
              )}
              <FileInput
                flex={1}
                label={t('letterhead.logo')}
                accept="image/png,image/jpeg"
                clearable={false}
                value={null}
                onChange={(f) => void chooseLogo(f)}
                error={form.errors.logo}
                disabled={logo.isPending}
              />
            </Group>
            {data.hasLogo && (
              <Button
                variant="subtle"
                color="red"
                size="xs"
                w="fit-content"
                loading={logo.isPending}
                onClick={() =>
                  logo.mutate({ logo: null }, { onSuccess: () => notifySaved(t('letterhead.logoRemoved')), onError: (e) => showApiError(null, e) })
                }
              >
                {t('letterhead.logoRemove')}
              </Button>
            )}
          </Stack>
          <Stack gap="sm">
            <Title order={4} fz="h5">
              {t('letterhead.signer')}
            </Title>
            <TextInput {...field('signPlace', t('letterhead.signPlaceHint'))} />
            <TextInput type="date" {...field('signDate', t('letterhead.signDateHint'))} />
            <TextInput {...field('signerTitle', t('letterhead.signerTitleHint'))} />
            <TextInput {...field('signerName')} />
            <TextInput inputMode="numeric" maxLength={24} {...field('signerNip', t('letterhead.signerNipHint'))} />
            {preview && (
              <Card withBorder bg="var(--mantine-color-gray-light)" p="sm" aria-label={t('letterhead.preview')} data-testid="signature-preview">
                <Text size="sm" ta="center">
                  {preview.placeAndDate}
                </Text>
                <Text size="sm" ta="center" mb="lg">
                  {preview.title}
                </Text>
                <Text size="sm" ta="center" fw={700} td="underline">
                  {preview.name}
                </Text>
                <Text size="sm" ta="center">
                  {preview.nip}
                </Text>
              </Card>
            )}
          </Stack>
        </SimpleGrid>
        <Group mt="md">
          <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
            {t('common.save')}
          </Button>
        </Group>
      </form>
    </Card>
  );
}
