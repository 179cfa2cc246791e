import { Badge, Button, Card, Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodAllows, periodMoveRefusal } from '../../../domain/period-status';
import { daysFromToday, formatDate, formatDaysFromToday, formatNumber } from '../../lib/format';
import { FormActions } from '../../ui/controls';
import { notifySaved, showApiError } from '../../ui/forms';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { type Period, useCreatePeriod, useFrameworkOptions, usePeriods, useSetPeriodStatus } from '../api/periods';
import { EditPeriodModal } from './EditPeriodModal';
import { PeriodScheduleFields } from './PeriodScheduleFields';
import { RegionAnswersDrawer } from './RegionAnswersDrawer';

const STATUS_COLOR = { open: 'green', closed: 'orange', locked: 'gray' } as const;

/** "hari ini" / "14 hari lagi" under a date of an open period that has not passed yet. */
const comingUp = (p: Period, date: string | null) =>
  p.status === 'open' && date && daysFromToday(date) >= 0 ? formatDaysFromToday(daysFromToday(date)) : undefined;

export function PeriodsPage({ canWrite, canSeeRewards }: { canWrite: boolean; canSeeRewards: boolean }) {
  const { t } = useTranslation();
  const periods = usePeriods();
  const setStatus = useSetPeriodStatus();
  const [opened, { open, close }] = useDisclosure(false);
  const [answering, setAnswering] = useState<Period | null>(null);
  const [editing, setEditing] = useState<Period | null>(null);

  const move = (p: Period, status: Period['status'], confirmKey?: string) => {
    if (confirmKey && !window.confirm(t(confirmKey, { year: p.year }))) return;
    setStatus.mutate({ id: p.id, status }, { onSuccess: () => notifySaved(t('common.saved')), onError: (e) => showApiError(null, e) });
  };

  return (
    <Stack>
      <PageHeader
        title={t('periods.title')}
        description={t('periods.intro')}
        actions={
          canWrite && (
            <Button leftSection={<IconPlus size={16} />} onClick={open}>
              {t('periods.create')}
            </Button>
          )
        }
      />
      {periods.isLoading && <LoadingState />}
      {periods.error && <ErrorState error={periods.error} onRetry={() => periods.refetch()} />}
      {periods.data?.length === 0 && <EmptyState message={t('periods.empty')} />}
      {periods.data?.map((p) => (
        <Card withBorder key={p.id}>
          <Group justify="space-between" align="flex-start">
            <Stack gap={4}>
              <Group gap="xs">
                <Title order={3} fz="h4">
                  {p.year}
                </Title>
                <Badge color={STATUS_COLOR[p.status]}>{t(`periods.status.${p.status}`)}</Badge>
                {/* How sure the reference data is concerns the framework's editors, not the operators. */}
                {canWrite && p.frameworkUncertain && (
                  <Badge variant="light" color="yellow">
                    {t('frameworks.uncertain')}
                  </Badge>
                )}
              </Group>
              <Text size="sm" c="dimmed">
                {t('periods.framework')}: {p.frameworkName} ({p.frameworkId})
              </Text>
            </Stack>
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => setAnswering(p)}>
                {t('periods.regionAnswers')}
              </Button>
              {canWrite && periodAllows(p.status, 'settings') && (
                <Button size="xs" variant="default" onClick={() => setEditing(p)} data-testid="period-edit">
                  {t('periods.edit')}
                </Button>
              )}
              {canWrite && !periodMoveRefusal(p.status, 'closed') && (
                <Button size="xs" variant="light" color="orange" onClick={() => move(p, 'closed', 'periods.closeConfirm')}>
                  {t('periods.close')}
                </Button>
              )}
              {canWrite && !periodMoveRefusal(p.status, 'locked') && (
                <>
                  <Button size="xs" variant="light" onClick={() => move(p, 'open')}>
                    {t('periods.reopen')}
                  </Button>
                  <Button size="xs" variant="light" color="red" onClick={() => move(p, 'locked', 'periods.lockConfirm')}>
                    {t('periods.lock')}
                  </Button>
                </>
              )}
            </Group>
          </Group>
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} mt="sm" data-testid="period-facts">
            <Fact label={t('periods.opensOn')} value={formatDate(p.penjaringanOpensOn)} />
            <Fact label={t('periods.closesOn')} value={formatDate(p.penjaringanClosesOn)} extra={comingUp(p, p.penjaringanClosesOn)} />
            <Fact label={t('periods.internalDeadline')} value={formatDate(p.internalDeadline)} extra={comingUp(p, p.internalDeadline)} />
            <Fact label={t('periods.threshold')} value={p.maturityThreshold === null ? '—' : formatNumber(p.maturityThreshold, 2)} />
            <Fact label={t('periods.opdTargetShort')} value={p.opdTarget === undefined ? '—' : formatNumber(p.opdTarget)} />
            <Fact label={t('periods.entries')} value={formatNumber(p.entryCount)} />
          </SimpleGrid>
        </Card>
      ))}
      {canWrite && <CreatePeriodModal opened={opened} onClose={close} />}
      {editing && <EditPeriodModal period={editing} onClose={() => setEditing(null)} />}
      <RegionAnswersDrawer period={answering} canWrite={canWrite} canSeeRewards={canSeeRewards} onClose={() => setAnswering(null)} />
    </Stack>
  );
}

function Fact({ label, value, extra }: { label: string; value: string; extra?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {value}
      </Text>
      {extra && (
        <Text size="xs" c="orange.8">
          {extra}
        </Text>
      )}
    </Stack>
  );
}

function CreatePeriodModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreatePeriod();
  const frameworks = useFrameworkOptions();
  const year = new Date().getFullYear();
  const form = useForm({
    initialValues: {
      year: year as number | string,
      frameworkId: `iid-${year}`,
      penjaringanOpensOn: '',
      penjaringanClosesOn: '',
      internalDeadline: '',
      maturityThreshold: '' as number | string,
      opdTarget: 2 as number | string,
      carryOver: true,
    },
    validate: {
      penjaringanOpensOn: (v) => (v ? null : t('common.required')),
      penjaringanClosesOn: (v) => (v ? null : t('common.required')),
    },
  });
  const submit = form.onSubmit((v) =>
    create.mutate(
      {
        year: Number(v.year),
        frameworkId: v.frameworkId,
        penjaringanOpensOn: v.penjaringanOpensOn,
        penjaringanClosesOn: v.penjaringanClosesOn,
        internalDeadline: v.internalDeadline || null,
        maturityThreshold: v.maturityThreshold === '' ? null : Number(v.maturityThreshold),
        opdTarget: v.opdTarget === '' ? 2 : Number(v.opdTarget),
        carryOver: v.carryOver,
      },
      {
        onSuccess: (p) => {
          notifySaved(p.carriedOver ? t('periods.carried', { count: p.carriedOver }) : t('common.created'));
          form.reset();
          onClose();
        },
        onError: (e) => showApiError(form, e),
      },
    ),
  );
  return (
    <Modal opened={opened} onClose={onClose} title={t('periods.create')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput label={t('periods.year')} required allowDecimal={false} min={2018} max={2100} {...form.getInputProps('year')} />
            <Select
              label={t('periods.framework')}
              required
              allowDeselect={false}
              data={(frameworks.data ?? []).map((f) => ({ value: f.id, label: `${f.name} (${f.id})` }))}
              {...form.getInputProps('frameworkId')}
            />
            <PeriodScheduleFields inputProps={(field) => form.getInputProps(field)} />
          </SimpleGrid>
          <Checkbox label={t('periods.carryOver')} description={t('periods.carryOverHint')} {...form.getInputProps('carryOver', { type: 'checkbox' })} />
          <FormActions onCancel={onClose} loading={create.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
