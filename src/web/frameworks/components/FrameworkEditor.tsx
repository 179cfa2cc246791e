// The framework form: parameters, predicate bands and indicators. Read-only for built-in versions; for a
// region's own version every field is editable, errors from the server land on their fields, and the draft
// is kept on this device until it is saved.
import { ActionIcon, Badge, Button, Card, Checkbox, Group, MultiSelect, NumberInput, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Aspect, Framework } from '../../../domain/iid/types';
import { URUSAN } from '../../../domain/iid/urusan';

type Form = UseFormReturnType<Framework>;

export function useDecimalSeparator() {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? '.' : ',';
}

export function ParametersSection({ form, editing }: { form: Form; editing: boolean }) {
  const { t } = useTranslation();
  const dec = useDecimalSeparator();
  return (
    <Card withBorder>
      <Title order={3} fz="h4" mb="sm">
        {t('frameworks.parameters')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput label={t('frameworks.maxScore')} readOnly={!editing} decimalSeparator={dec} min={0} {...form.getInputProps('maxScore')} />
        <NumberInput label={t('frameworks.divisorFloor')} readOnly={!editing} allowDecimal={false} min={1} {...form.getInputProps('divisorFloor')} />
        <NumberInput
          label={t('frameworks.perInnovation')}
          readOnly={!editing}
          decimalSeparator={dec}
          min={0}
          decimalScale={4}
          {...form.getInputProps('countScore.perInnovation')}
        />
        <NumberInput label={t('frameworks.cap')} readOnly={!editing} decimalSeparator={dec} min={0} {...form.getInputProps('countScore.cap')} />
        <NumberInput
          label={t('frameworks.minUrusan')}
          readOnly={!editing}
          allowDecimal={false}
          min={0}
          {...form.getInputProps('countScore.minUrusanCovered')}
        />
        <MultiSelect
          label={t('frameworks.requiredUrusan')}
          readOnly={!editing}
          searchable
          data={URUSAN.map((u) => ({ value: u.code, label: `${u.code} ${u.name}` }))}
          {...form.getInputProps('countScore.requiredUrusan')}
        />
      </SimpleGrid>
    </Card>
  );
}

export function BandsSection({ form, editing }: { form: Form; editing: boolean }) {
  const { t } = useTranslation();
  const dec = useDecimalSeparator();
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={3} fz="h4">
          {t('frameworks.bands')}
        </Title>
        {editing && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('bands', { min: 0, max: 0, label: '' })}>
            {t('frameworks.addBand')}
          </Button>
        )}
      </Group>
      <Stack gap="xs">
        {form.values.bands.map((_, k) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: bands have no identity but their position
          <Group key={k} align="flex-start" wrap="nowrap" gap="xs">
            <NumberInput
              aria-label={t('frameworks.bandMin')}
              placeholder={t('frameworks.bandMin')}
              readOnly={!editing}
              decimalSeparator={dec}
              decimalScale={2}
              w={110}
              {...form.getInputProps(`bands.${k}.min`)}
            />
            <NumberInput
              aria-label={t('frameworks.bandMax')}
              placeholder={t('frameworks.bandMax')}
              readOnly={!editing}
              decimalSeparator={dec}
              decimalScale={2}
              w={110}
              {...form.getInputProps(`bands.${k}.max`)}
            />
            <TextInput aria-label={t('frameworks.bandLabel')} readOnly={!editing} style={{ flex: 1 }} {...form.getInputProps(`bands.${k}.label`)} />
            {editing && (
              <ActionIcon variant="subtle" color="red" aria-label={t('frameworks.remove')} onClick={() => form.removeListItem('bands', k)} mt={6}>
                <IconTrash size={16} />
              </ActionIcon>
            )}
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

export function IndicatorsSection({ form, editing, aspect }: { form: Form; editing: boolean; aspect: Aspect }) {
  const { t, i18n } = useTranslation();
  const dec = useDecimalSeparator();
  const rows = form.values.indicators.map((ind, k) => ({ ind, k })).filter(({ ind }) => ind.aspect === aspect);
  const fieldError = (k: number) => form.errors[`indicators.${k}.options`] ?? form.errors[`indicators.${k}.code`];
  const addIndicator = () =>
    form.insertListItem('indicators', {
      code: '',
      aspect,
      variable: rows.at(-1)?.ind.variable ?? '',
      name: '',
      weight: 1,
      mandatory: false,
      uncertain: true,
      evidenceRequired: true,
      options: [1, 2, 3].map((value) => ({ value, label: '' })),
    });
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={3} fz="h4">
          {t(`frameworks.aspect.${aspect}`)}
        </Title>
        {editing && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={addIndicator}>
            {t('frameworks.addIndicator')}
          </Button>
        )}
      </Group>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="xs" aria-label={t(`frameworks.aspect.${aspect}`)}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>{t('frameworks.code')}</Table.Th>
              <Table.Th>{t('frameworks.name')}</Table.Th>
              <Table.Th w={110}>{t('frameworks.weight')}</Table.Th>
              <Table.Th w={70}>{t('frameworks.mandatory')}</Table.Th>
              {aspect === 'SPD' && (
                <Table.Th w={80} title={t('frameworks.statistic.hint')}>
                  {t('frameworks.statistic.label')}
                </Table.Th>
              )}
              <Table.Th>{t('frameworks.options')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ ind, k }) => (
              <Table.Tr key={k} style={{ verticalAlign: 'top' }}>
                <Table.Td>
                  {editing ? (
                    <Stack gap={4}>
                      <TextInput size="xs" aria-label={`${t('frameworks.code')} ${k + 1}`} {...form.getInputProps(`indicators.${k}.code`)} />
                      <ActionIcon
                        size="sm"
                        variant="subtle"
                        color="red"
                        aria-label={`${t('frameworks.removeIndicator')} ${ind.code}`}
                        onClick={() => form.removeListItem('indicators', k)}
                      >
                        <IconTrash size={14} />
                      </ActionIcon>
                    </Stack>
                  ) : (
                    <Text fw={600} size="sm">
                      {ind.code}
                    </Text>
                  )}
                  {ind.uncertain && (
                    <Badge size="xs" color="yellow" variant="light" title={t('frameworks.uncertainHint')}>
                      ?
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {editing ? (
                    <TextInput size="xs" aria-label={`${t('frameworks.name')} ${ind.code}`} {...form.getInputProps(`indicators.${k}.name`)} />
                  ) : (
                    <Text size="sm">{i18n.language === 'en' && ind.nameEn ? ind.nameEn : ind.name}</Text>
                  )}
                  {editing ? (
                    <TextInput
                      size="xs"
                      mt={4}
                      aria-label={`${t('frameworks.variable')} ${ind.code}`}
                      placeholder={t('frameworks.variable')}
                      {...form.getInputProps(`indicators.${k}.variable`)}
                    />
                  ) : (
                    <Text size="xs" c="dimmed">
                      {ind.variable}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    size="xs"
                    aria-label={`${t('frameworks.weight')} ${ind.code}`}
                    readOnly={!editing}
                    decimalSeparator={dec}
                    decimalScale={4}
                    min={0}
                    {...form.getInputProps(`indicators.${k}.weight`)}
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={`${t('frameworks.mandatory')} ${ind.code}`}
                    disabled={!editing}
                    {...form.getInputProps(`indicators.${k}.mandatory`, { type: 'checkbox' })}
                  />
                </Table.Td>
                {aspect === 'SPD' && (
                  <Table.Td>
                    <Checkbox
                      aria-label={`${t('frameworks.statistic.label')} ${ind.code}`}
                      title={t('frameworks.statistic.hint')}
                      disabled={!editing}
                      {...form.getInputProps(`indicators.${k}.statistic`, { type: 'checkbox' })}
                    />
                  </Table.Td>
                )}
                <Table.Td>
                  <Stack gap={4}>
                    {ind.options.map((o, j) =>
                      editing ? (
                        // biome-ignore lint/suspicious/noArrayIndexKey: options are identified by position while being edited
                        <Group key={j} gap={4} wrap="nowrap">
                          <NumberInput
                            size="xs"
                            w={60}
                            aria-label={`${t('frameworks.value')} ${ind.code}`}
                            allowDecimal={false}
                            min={1}
                            max={3}
                            {...form.getInputProps(`indicators.${k}.options.${j}.value`)}
                          />
                          <TextInput
                            size="xs"
                            style={{ flex: 1 }}
                            aria-label={`${t('frameworks.label')} ${ind.code}`}
                            {...form.getInputProps(`indicators.${k}.options.${j}.label`)}
                          />
                          <ActionIcon
                            size="sm"
                            variant="subtle"
                            color="red"
                            aria-label={t('frameworks.remove')}
                            onClick={() => form.removeListItem(`indicators.${k}.options`, j)}
                          >
                            <IconTrash size={14} />
                          </ActionIcon>
                        </Group>
                      ) : (
                        <Text key={o.value} size="xs">
                          <b>{o.value}</b>: {i18n.language === 'en' && o.labelEn ? o.labelEn : o.label}
                        </Text>
                      ),
                    )}
                    {editing && ind.options.length < 3 && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        leftSection={<IconPlus size={12} />}
                        onClick={() => form.insertListItem(`indicators.${k}.options`, { value: (ind.options.at(-1)?.value ?? 0) + 1, label: '' })}
                      >
                        {t('frameworks.addOption')}
                      </Button>
                    )}
                    {fieldError(k) && (
                      <Text size="xs" c="red">
                        {fieldError(k)}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
