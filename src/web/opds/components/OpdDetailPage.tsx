import { Anchor, Badge, Button, Card, Group, Modal, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowLeft, IconPencil, IconPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNIT_KINDS, type UnitKind } from '../../../domain/organisation';
import { formatNip } from '../../../domain/reports/letterhead';
import { ActiveBadge, FormActions } from '../../ui/controls';
import { notifySaved, showApiError } from '../../ui/forms';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { type Unit, useCreateUnit, useOpd, useUpdateOpd, useUpdateUnit } from '../api/opds';
import { OpdFormModal } from './OpdFormModal';

export function OpdDetailPage({ opdId, canWrite }: { opdId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const opd = useOpd(opdId);
  const update = useUpdateOpd(opdId);
  const updateUnit = useUpdateUnit();
  const [editOpen, edit] = useDisclosure(false);
  const [unitModal, setUnitModal] = useState<Unit | 'new' | null>(null);

  if (opd.isLoading) return <LoadingState />;
  if (opd.error || !opd.data) return <ErrorState error={opd.error} onRetry={() => opd.refetch()} />;
  const o = opd.data;

  const toggleActive = () => {
    if (o.active && !window.confirm(t('opds.deactivateConfirm', { name: o.name }))) return;
    update.mutate({ active: !o.active }, { onSuccess: () => notifySaved(t('common.saved')), onError: (e) => showApiError(null, e) });
  };

  return (
    <Stack>
      <Anchor component={Link} to="/opds" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} /> {t('opds.title')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>{o.name}</Title>
          <Group gap="xs">
            <Badge variant="light">{t(`opdKind.${o.kind}`)}</Badge>
            <Badge variant="outline">{o.shortName}</Badge>
            <ActiveBadge active={o.active} />
          </Group>
        </Stack>
        {canWrite && (
          <Group gap="xs">
            <Button variant="light" leftSection={<IconPencil size={16} />} onClick={edit.open}>
              {t('common.edit')}
            </Button>
            <Button variant="subtle" color={o.active ? 'red' : 'green'} onClick={toggleActive} loading={update.isPending}>
              {o.active ? t('common.deactivate') : t('common.activate')}
            </Button>
          </Group>
        )}
      </Group>
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Field label={t('opds.head')} value={o.headName ?? '—'} />
          <Field label={t('opds.headNip')} value={o.headNip ? formatNip(o.headNip) : '—'} />
          <Field label={t('opds.userCount')} value={String(o.userCount)} />
        </SimpleGrid>
      </Card>
      <Group justify="space-between">
        <Title order={3} fz="h4">
          {t('opds.units')}
        </Title>
        {canWrite && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setUnitModal('new')}>
            {t('opds.addUnit')}
          </Button>
        )}
      </Group>
      {o.units.length === 0 ? (
        <EmptyState message={t('opds.unitsEmpty')} />
      ) : (
        <Card withBorder p={0}>
          <Table striped aria-label={t('opds.units')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('opds.unitName')}</Table.Th>
                <Table.Th>{t('opds.unitKind')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('common.status')}</Table.Th>
                {canWrite && <Table.Th>{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {o.units.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td>{u.name}</Table.Td>
                  <Table.Td>{t(`unitKind.${u.kind}`)}</Table.Td>
                  <Table.Td visibleFrom="sm">
                    <ActiveBadge active={u.active} />
                  </Table.Td>
                  {canWrite && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="compact-xs" variant="subtle" onClick={() => setUnitModal(u)}>
                          {t('common.edit')}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color={u.active ? 'red' : 'green'}
                          onClick={() => updateUnit.mutate({ id: u.id, active: !u.active }, { onError: (e) => showApiError(null, e) })}
                        >
                          {u.active ? t('common.deactivate') : t('common.activate')}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
      {canWrite && <OpdFormModal opened={editOpen} onClose={edit.close} opd={o} />}
      {canWrite && unitModal && <UnitModal opdId={o.id} unit={unitModal === 'new' ? undefined : unitModal} onClose={() => setUnitModal(null)} />}
    </Stack>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Stack>
  );
}

function UnitModal({ opdId, unit, onClose }: { opdId: string; unit?: Unit; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const form = useForm({ initialValues: { name: unit?.name ?? '', kind: unit?.kind ?? 'upt' } });
  const submit = form.onSubmit((v) => {
    const options = {
      onSuccess: () => {
        notifySaved(unit ? t('common.saved') : t('common.created'));
        onClose();
      },
      onError: (e: unknown) => showApiError(form, e),
    };
    if (unit) update.mutate({ id: unit.id, name: v.name, kind: v.kind as UnitKind }, options);
    else create.mutate({ opdId, name: v.name, kind: v.kind as UnitKind }, options);
  });
  return (
    <Modal opened onClose={onClose} title={unit ? t('common.edit') : t('opds.addUnit')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('opds.unitName')} required data-autofocus {...form.getInputProps('name')} />
          <Select
            label={t('opds.unitKind')}
            allowDeselect={false}
            data={UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKind.${k}`) }))}
            {...form.getInputProps('kind')}
          />
          <FormActions onCancel={onClose} loading={create.isPending || update.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
