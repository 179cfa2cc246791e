// The region's competitions: local awards run here and national ones prepared here. The admin creates one
// from a template (KIPP, IGA presentation, provincial, blank) or from an earlier competition.
import { Alert, Badge, Button, Group, Modal, NumberInput, Radio, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAward, IconPlus, IconTrophy } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showApiError } from '../../ui/forms';
import { AnchorLink, ButtonLink } from '../../ui/links';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { useCompetitions, useCreateCompetition, useTemplates } from '../api/competitions';
import { COMPETITION_STATUS_COLOR } from './labels';

export function CompetitionsPage({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const list = useCompetitions();
  const [creating, setCreating] = useState(false);
  return (
    <Stack>
      <PageHeader
        title={t('competitions.title')}
        description={t(canManage ? 'competitions.introAdmin' : 'competitions.intro')}
        actions={
          <Group gap="xs">
            <ButtonLink to="/kompetisi/penghargaan" variant="default" leftSection={<IconAward size={16} />}>
              {t('competitions.rewards.title')}
            </ButtonLink>
            {canManage && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                {t('competitions.create')}
              </Button>
            )}
          </Group>
        }
      />
      {list.isLoading && <LoadingState />}
      {list.error && <ErrorState error={list.error} onRetry={() => list.refetch()} />}
      {list.data?.length === 0 && (
        <EmptyState
          message={t(canManage ? 'competitions.emptyAdmin' : 'competitions.empty')}
          action={
            canManage && (
              <Button variant="light" onClick={() => setCreating(true)}>
                {t('competitions.create')}
              </Button>
            )
          }
        />
      )}
      {list.data && list.data.length > 0 && (
        <Table.ScrollContainer minWidth={320}>
          <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('competitions.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('competitions.name')}</Table.Th>
                <Table.Th>{t('competitions.year')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('competitions.stage')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('competitions.entriesCount')}</Table.Th>
                <Table.Th>{t('common.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <AnchorLink to="/kompetisi/$competitionId" params={{ competitionId: c.id }} fw={600}>
                      {c.name}
                    </AnchorLink>
                    <Text size="xs" c="dimmed">
                      {t(`competitions.programme.${c.programme}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{c.year}</Table.Td>
                  <Table.Td visibleFrom="sm">{c.stageName}</Table.Td>
                  <Table.Td visibleFrom="sm">{t('competitions.entriesSummary', { total: c.entries.total, accepted: c.entries.accepted })}</Table.Td>
                  <Table.Td>
                    <Badge color={COMPETITION_STATUS_COLOR[c.status]} variant="light">
                      {t(`competitions.status.${c.status}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {creating && <CreateModal onClose={() => setCreating(false)} />}
    </Stack>
  );
}

function CreateModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const templates = useTemplates();
  const earlier = useCompetitions();
  const create = useCreateCompetition();
  const form = useForm({
    initialValues: { templateId: 'kipp', fromCompetitionId: null as string | null, name: '', year: new Date().getFullYear() as number | string },
    validate: {
      name: (v) => (v.trim() ? null : t('common.required')),
      year: (v) => (Number(v) >= 2000 && Number(v) <= 2100 ? null : t('competitions.yearInvalid')),
    },
  });
  const chosen = templates.data?.find((x) => x.id === form.values.templateId);
  return (
    <Modal opened onClose={onClose} title={t('competitions.create')} size="lg">
      <form
        onSubmit={form.onSubmit((v) =>
          create.mutate(
            { ...(v.fromCompetitionId ? { fromCompetitionId: v.fromCompetitionId } : { templateId: v.templateId }), name: v.name.trim(), year: Number(v.year) },
            { onSuccess: (c) => navigate({ to: '/kompetisi/$competitionId', params: { competitionId: c.id } }), onError: (e) => showApiError(form, e) },
          ),
        )}
      >
        <Stack>
          {templates.isLoading && <LoadingState />}
          {(earlier.data?.length ?? 0) > 0 && (
            <Select
              label={t('competitions.copyFrom')}
              description={t('competitions.copyFromHint')}
              clearable
              placeholder={t('competitions.copyFromNone')}
              data={(earlier.data ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.year})` }))}
              {...form.getInputProps('fromCompetitionId')}
            />
          )}
          {templates.data && !form.values.fromCompetitionId && (
            <Radio.Group label={t('competitions.template')} {...form.getInputProps('templateId')}>
              <Stack gap="xs" mt="xs">
                {templates.data.map((tpl) => (
                  <Radio
                    key={tpl.id}
                    value={tpl.id}
                    label={
                      <Group gap={6}>
                        <IconTrophy size={14} />
                        <Text size="sm" fw={600}>
                          {t(`competitions.templates.${tpl.id}`, { defaultValue: tpl.name })}
                        </Text>
                        {tpl.uncertain && (
                          <Badge size="xs" color="yellow" variant="light">
                            {t('competitions.uncertain')}
                          </Badge>
                        )}
                      </Group>
                    }
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
          {chosen && !form.values.fromCompetitionId && (
            <Alert color={chosen.uncertain ? 'yellow' : 'blue'} variant="light">
              <Text size="sm">{chosen.notes}</Text>
              <Text size="xs" c="dimmed" mt={4}>
                {t('competitions.templateShape', {
                  stages: chosen.rules.stages.length,
                  sections: chosen.rules.sections.length,
                  groups: chosen.rules.groups.length,
                })}
              </Text>
            </Alert>
          )}
          <TextInput label={t('competitions.name')} required placeholder={t('competitions.namePlaceholder')} {...form.getInputProps('name')} />
          <NumberInput
            label={t('competitions.year')}
            required
            min={2000}
            max={2100}
            allowDecimal={false}
            thousandSeparator=""
            w={160}
            {...form.getInputProps('year')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('competitions.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
