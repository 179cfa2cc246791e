// The competition's rules as a form: schedule and eligibility, groups, proposal sections with word limits,
// stages with their criteria, weights and advancement. Editable by the admin while the competition is a draft
// or open; everyone else reads them. Weights the reference does not publish are labelled as defaults.
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type CompetitionRules, type Criterion, type Stage, stage as stageWith } from '../../../domain/competitions/template';
import { formatDate } from '../../lib/format';
import { notifySaved, showApiError } from '../../ui/forms';
import { type CompetitionDetail, useUpdateCompetition } from '../api/competitions';
import { localName } from './labels';

interface Values {
  name: string;
  year: number | string;
  registrationCloses: string;
  rules: CompetitionRules;
}

/** A new stage: scored by judges on one criterion the admin names, counted in the final, no cut. */
const newStage = (): Stage =>
  stageWith({ id: newId('tahap'), name: '', kind: 'scored', criteria: [{ id: newId('kriteria'), name: '', weight: 1, max: 100 }], weight: 1 });

const newId = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
/** "rules.stages[0].criteria[1].weight" (the server's path) → "rules.stages.0.criteria.1.weight" (the form's). */
const formPath = (path: string) => path.replace(/\[(\d+)\]/g, '.$1');

export function RulesPanel({ comp, canEdit }: { comp: CompetitionDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateCompetition(comp.id);
  const form = useForm<Values>({
    initialValues: { name: comp.name, year: comp.year, registrationCloses: comp.registrationCloses ?? '', rules: structuredClone(comp.rules) },
  });
  const ro = !canEdit;
  const rules = form.values.rules;
  const save = form.onSubmit((v) =>
    update.mutate(
      { version: comp.version, name: v.name.trim(), year: Number(v.year), registrationCloses: v.registrationCloses || null, rules: v.rules },
      {
        onSuccess: (saved) => {
          form.setInitialValues({ name: saved.name, year: saved.year, registrationCloses: saved.registrationCloses ?? '', rules: saved.rules });
          form.resetDirty();
          notifySaved(t('common.saved'));
        },
        onError: (e) =>
          showApiError({ setErrors: (errors) => form.setErrors(Object.fromEntries(Object.entries(errors).map(([k, m]) => [formPath(k), m]))) }, e),
      },
    ),
  );
  const num = (v: number | string) => (v === '' ? null : Number(v));
  const removeStage = (i: number) =>
    modals.openConfirmModal({
      title: t('competitions.rules.removeStage'),
      children: (
        <Text size="sm">{t('competitions.rules.removeStageText', { name: localName(rules.stages[i]) || t('competitions.rules.stageN', { n: i + 1 }) })}</Text>
      ),
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => form.removeListItem('rules.stages', i),
    });
  return (
    <form onSubmit={save}>
      <Stack>
        {!canEdit && (
          <Text size="sm" c="dimmed">
            {t('competitions.rules.readOnly')}
          </Text>
        )}
        <Card withBorder>
          <Title order={3} fz="h4" mb="sm">
            {t('competitions.rules.general')}
          </Title>
          <Stack gap="sm">
            <TextInput label={t('competitions.name')} readOnly={ro} {...form.getInputProps('name')} />
            <Group grow align="flex-start">
              <NumberInput label={t('competitions.year')} readOnly={ro} allowDecimal={false} thousandSeparator="" {...form.getInputProps('year')} />
              <TextInput
                type="date"
                label={t('competitions.rules.closes')}
                description={t('competitions.rules.closesHint')}
                readOnly={ro}
                {...form.getInputProps('registrationCloses')}
              />
            </Group>
            <NumberInput
              label={t('competitions.rules.minYears')}
              description={t('competitions.rules.minYearsHint')}
              readOnly={ro}
              min={0}
              max={20}
              allowDecimal={false}
              value={rules.eligibility.minYearsApplied ?? ''}
              onChange={(v) => form.setFieldValue('rules.eligibility.minYearsApplied', num(v))}
              w={260}
            />
            <Checkbox
              label={t('competitions.rules.implementedOnly')}
              disabled={ro}
              {...form.getInputProps('rules.eligibility.implementedOnly', { type: 'checkbox' })}
            />
            <Checkbox
              label={t('competitions.rules.notPastTopWinner')}
              disabled={ro}
              {...form.getInputProps('rules.eligibility.notPastTopWinner', { type: 'checkbox' })}
            />
          </Stack>
        </Card>

        <Card withBorder>
          <Title order={3} fz="h4" mb="sm">
            {t('competitions.rules.groups')}
          </Title>
          <Stack gap="xs">
            {rules.groups.map((g, i) => (
              <Group key={g.id} wrap="nowrap" align="flex-end">
                <TextInput style={{ flex: 1 }} aria-label={t('competitions.rules.groupName')} readOnly={ro} {...form.getInputProps(`rules.groups.${i}.name`)} />
                {!ro && rules.groups.length > 1 && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('common.delete')}
                    onClick={() => {
                      // Quotas of a removed group go with it.
                      rules.stages.forEach((st, si) => {
                        const { [g.id]: _gone, ...rest } = st.quotas;
                        form.setFieldValue(`rules.stages.${si}.quotas`, rest);
                      });
                      form.removeListItem('rules.groups', i);
                    }}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                )}
              </Group>
            ))}
            {!ro && (
              <Button
                variant="light"
                size="xs"
                w="fit-content"
                leftSection={<IconPlus size={14} />}
                onClick={() => form.insertListItem('rules.groups', { id: newId('kelompok'), name: '' })}
              >
                {t('competitions.rules.addGroup')}
              </Button>
            )}
          </Stack>
        </Card>

        <Card withBorder>
          <Title order={3} fz="h4" mb={4}>
            {t('competitions.rules.sections')}
          </Title>
          <Text size="xs" c="dimmed" mb="sm">
            {t('competitions.rules.sectionsHint')}
          </Text>
          {rules.sections.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('competitions.rules.noSections')}
            </Text>
          )}
          <Stack gap="xs">
            {rules.sections.map((s, i) => (
              <Group key={s.id} wrap="nowrap" align="flex-end">
                <TextInput
                  style={{ flex: 1 }}
                  label={i === 0 ? t('competitions.rules.sectionName') : undefined}
                  aria-label={t('competitions.rules.sectionName')}
                  readOnly={ro}
                  {...form.getInputProps(`rules.sections.${i}.name`)}
                />
                <NumberInput
                  w={130}
                  label={i === 0 ? t('competitions.rules.wordLimit') : undefined}
                  aria-label={`${t('competitions.rules.wordLimit')} ${localName(s)}`}
                  placeholder={t('competitions.rules.noLimit')}
                  readOnly={ro}
                  min={1}
                  allowDecimal={false}
                  value={s.wordLimit ?? ''}
                  onChange={(v) => form.setFieldValue(`rules.sections.${i}.wordLimit`, num(v))}
                  error={form.errors[`rules.sections.${i}.wordLimit`]}
                />
                {!ro && (
                  <ActionIcon variant="subtle" color="red" aria-label={t('common.delete')} onClick={() => form.removeListItem('rules.sections', i)}>
                    <IconTrash size={16} />
                  </ActionIcon>
                )}
              </Group>
            ))}
            {!ro && (
              <Button
                variant="light"
                size="xs"
                w="fit-content"
                leftSection={<IconPlus size={14} />}
                onClick={() => form.insertListItem('rules.sections', { id: newId('bagian'), name: '', wordLimit: 300, prefill: [], evidenceCodes: [] })}
              >
                {t('competitions.rules.addSection')}
              </Button>
            )}
          </Stack>
        </Card>

        {rules.stages.map((stage, i) => (
          <StageCard
            key={stage.id}
            stage={stage}
            index={i}
            form={form}
            ro={ro}
            groups={rules.groups}
            current={comp.status === 'judging' && comp.currentStage === i}
            last={i === rules.stages.length - 1}
            onRemove={!ro && rules.stages.length > 1 ? () => removeStage(i) : undefined}
          />
        ))}
        {!ro && (
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            style={{ alignSelf: 'flex-start' }}
            onClick={() => form.insertListItem('rules.stages', newStage())}
            data-testid="add-stage"
          >
            {t('competitions.rules.addStage')}
          </Button>
        )}

        {canEdit && (
          <Group justify="flex-end" pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)">
            {form.isDirty() && (
              <Text size="sm" c="orange">
                {t('competitions.rules.unsaved')}
              </Text>
            )}
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

function StageCard({
  stage,
  index,
  form,
  ro,
  groups,
  current,
  last,
  onRemove,
}: {
  stage: Stage;
  index: number;
  form: ReturnType<typeof useForm<Values>>;
  ro: boolean;
  groups: CompetitionRules['groups'];
  current: boolean;
  last: boolean;
  /** Absent when the stage cannot be removed (read-only, or the only one). */
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const at = `rules.stages.${index}`;
  const num = (v: number | string) => (v === '' ? null : Number(v));
  const criteriaPath = `${at}.criteria`;
  const total = stage.criteria.reduce((a, c) => a + (Number(c.weight) || 0), 0);
  return (
    <Card withBorder data-testid="stage-card">
      <Group justify="space-between" mb="sm">
        <Title order={3} fz="h4">
          {t('competitions.rules.stageN', { n: index + 1 })}: {localName(stage)}
        </Title>
        <Group gap="xs">
          {current && <Badge color="orange">{t('competitions.rules.running')}</Badge>}
          {onRemove && (
            <ActionIcon variant="subtle" color="red" aria-label={t('competitions.rules.removeStage')} onClick={onRemove}>
              <IconTrash size={16} />
            </ActionIcon>
          )}
        </Group>
      </Group>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('competitions.rules.stageName')} readOnly={ro} {...form.getInputProps(`${at}.name`)} />
          <Select
            label={t('competitions.rules.kind')}
            readOnly={ro}
            allowDeselect={false}
            data={[
              { value: 'review', label: t('competitions.rules.kindReview') },
              { value: 'scored', label: t('competitions.rules.kindScored') },
            ]}
            {...form.getInputProps(`${at}.kind`)}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('competitions.rules.stageFrom')}
            description={stage.from ? formatDate(stage.from) : undefined}
            readOnly={ro}
            value={stage.from ?? ''}
            onChange={(e) => form.setFieldValue(`${at}.from`, e.currentTarget.value || null)}
          />
          <TextInput
            type="date"
            label={t('competitions.rules.stageUntil')}
            description={stage.until ? formatDate(stage.until) : undefined}
            readOnly={ro}
            value={stage.until ?? ''}
            onChange={(e) => form.setFieldValue(`${at}.until`, e.currentTarget.value || null)}
            error={form.errors[`${at}.until`]}
          />
        </SimpleGrid>
        {stage.kind === 'scored' && (
          <>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NumberInput
                label={t('competitions.rules.stageWeight')}
                description={t('competitions.rules.stageWeightHint')}
                readOnly={ro}
                min={0}
                decimalScale={3}
                {...form.getInputProps(`${at}.weight`)}
              />
              {/* After the last stage nobody goes on: those it lets through are the winners. */}
              <NumberInput
                label={last ? t('competitions.rules.winners') : t('competitions.rules.topN')}
                description={last ? t('competitions.rules.winnersHint') : t('competitions.rules.topNHint')}
                placeholder={t('competitions.rules.everyone')}
                readOnly={ro}
                min={1}
                allowDecimal={false}
                value={stage.topN ?? ''}
                onChange={(v) => form.setFieldValue(`${at}.topN`, num(v))}
              />
              <NumberInput
                label={t('competitions.rules.judgesPerEntry')}
                placeholder={t('competitions.rules.allJudges')}
                readOnly={ro}
                min={1}
                allowDecimal={false}
                value={stage.judgesPerEntry ?? ''}
                onChange={(v) => form.setFieldValue(`${at}.judgesPerEntry`, num(v))}
              />
            </SimpleGrid>
            <Group align="flex-end">
              <Select
                label={t('competitions.rules.normalise')}
                readOnly={ro}
                allowDeselect={false}
                w={260}
                data={[
                  { value: 'none', label: t('competitions.rules.normaliseNone') },
                  { value: 'zscore', label: t('competitions.rules.normaliseZ') },
                ]}
                {...form.getInputProps(`${at}.normalise`)}
              />
              <Switch label={t('competitions.rules.blind')} disabled={ro} {...form.getInputProps(`${at}.blind`, { type: 'checkbox' })} />
            </Group>
            {groups.length > 1 && (
              <Group align="flex-start">
                {groups.map((g) => (
                  <NumberInput
                    key={g.id}
                    w={200}
                    label={t('competitions.rules.quota', { group: localName(g) })}
                    placeholder={stage.topN === null ? t('competitions.rules.everyone') : String(stage.topN)}
                    readOnly={ro}
                    min={0}
                    allowDecimal={false}
                    value={stage.quotas[g.id] ?? ''}
                    onChange={(v) => {
                      const { [g.id]: _old, ...rest } = stage.quotas;
                      form.setFieldValue(`${at}.quotas`, v === '' ? rest : { ...rest, [g.id]: Number(v) });
                    }}
                  />
                ))}
              </Group>
            )}
            <MultiSelect
              label={t('competitions.rules.tieBreak')}
              description={t('competitions.rules.tieBreakHint')}
              readOnly={ro}
              data={stage.criteria.filter((c) => c.name).map((c) => ({ value: c.id, label: localName(c) }))}
              value={stage.tieBreak.filter((id) => stage.criteria.some((c) => c.id === id))}
              onChange={(v) => form.setFieldValue(`${at}.tieBreak`, v)}
              error={form.errors[`${at}.tieBreak.0`]}
            />
            <Table.ScrollContainer minWidth={420}>
              <Table verticalSpacing={4} aria-label={t('competitions.rules.criteria')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('competitions.rules.criterion')}</Table.Th>
                    <Table.Th w={110}>{t('competitions.rules.weight')}</Table.Th>
                    <Table.Th w={110}>{t('competitions.rules.max')}</Table.Th>
                    <Table.Th w={40} />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {stage.criteria.map((c: Criterion, ci: number) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>
                        <TextInput aria-label={t('competitions.rules.criterion')} readOnly={ro} {...form.getInputProps(`${criteriaPath}.${ci}.name`)} />
                        {c.defaultWeight && (
                          <Badge size="xs" color="yellow" variant="light" mt={4}>
                            {t('competitions.rules.defaultWeight')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <NumberInput
                          aria-label={`${t('competitions.rules.weight')} ${localName(c)}`}
                          readOnly={ro}
                          min={0}
                          decimalScale={3}
                          {...form.getInputProps(`${criteriaPath}.${ci}.weight`)}
                          onChange={(v) => {
                            form.setFieldValue(`${criteriaPath}.${ci}.weight`, Number(v) || 0);
                            form.setFieldValue(`${criteriaPath}.${ci}.defaultWeight`, false);
                          }}
                        />
                      </Table.Td>
                      <Table.Td>
                        <NumberInput
                          aria-label={`${t('competitions.rules.max')} ${localName(c)}`}
                          readOnly={ro}
                          min={1}
                          {...form.getInputProps(`${criteriaPath}.${ci}.max`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        {!ro && (
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('common.delete')}
                            onClick={() => {
                              form.setFieldValue(
                                `${at}.tieBreak`,
                                stage.tieBreak.filter((id) => id !== c.id),
                              );
                              form.removeListItem(criteriaPath, ci);
                            }}
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group justify="space-between">
              {!ro && (
                <Button
                  variant="light"
                  size="xs"
                  leftSection={<IconPlus size={14} />}
                  onClick={() => form.insertListItem(criteriaPath, { id: newId('kriteria'), name: '', weight: 1, max: 100 })}
                >
                  {t('competitions.rules.addCriterion')}
                </Button>
              )}
              <Text size="xs" c="dimmed">
                {t('competitions.rules.weightTotal', { total })}
              </Text>
            </Group>
            {form.errors[criteriaPath] && (
              <Text size="sm" c="red">
                {form.errors[criteriaPath]}
              </Text>
            )}
          </>
        )}
        {stage.kind === 'review' && (
          <Text size="sm" c="dimmed">
            {t(index === 0 ? 'competitions.rules.reviewFirst' : 'competitions.rules.reviewLater')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
