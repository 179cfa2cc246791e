import { Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isOpdBound, mayHaveOpd, type Role } from '../../../domain/roles';
import { FormActions } from '../../ui/controls';
import { showApiError } from '../../ui/forms';
import { type User, useCreateUser, useOpdChoices, useRegionChoices, useUpdateUser } from '../api/users';

interface Props {
  opened: boolean;
  onClose: () => void;
  user?: User;
  roles: Role[];
  /** The admin's own region; super admin picks one. */
  defaultRegionId: string | null;
  onCreated: (user: User, temporaryPassword: string | null) => void;
  onSaved: () => void;
}

export function UserFormModal({ opened, onClose, user, roles, defaultRegionId, onCreated, onSaved }: Props) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const update = useUpdateUser();
  const form = useForm({
    initialValues: { username: '', fullName: '', email: '', role: 'operator_opd' as string, opdId: '' as string | null, regionId: defaultRegionId ?? '' },
  });
  const role = form.values.role as Role;
  const regionId = user?.regionId ?? (form.values.regionId || null);
  const superAdminPicksRegion = !defaultRegionId && !user && role !== 'super_admin';
  const regions = useRegionChoices(superAdminPicksRegion);
  const opds = useOpdChoices(mayHaveOpd(role) ? regionId : null);

  useEffect(() => {
    if (!opened) return;
    if (user)
      form.setValues({
        username: user.username,
        fullName: user.fullName,
        email: user.email ?? '',
        role: user.role,
        opdId: user.opdId,
        regionId: user.regionId ?? '',
      });
  }, [opened, user?.id]);

  const submit = form.onSubmit((v) => {
    const body = {
      fullName: v.fullName,
      email: v.email.trim() || null,
      role: v.role as Role,
      opdId: mayHaveOpd(v.role as Role) ? v.opdId || null : null,
    };
    if (user)
      update.mutate(
        { id: user.id, ...body },
        {
          onSuccess: () => {
            onSaved();
            onClose();
          },
          onError: (e) => showApiError(form, e),
        },
      );
    else
      create.mutate(
        { ...body, username: v.username.trim().toLowerCase(), regionId: v.role === 'super_admin' ? null : v.regionId || null },
        {
          onSuccess: (res) => {
            form.reset();
            onCreated(res.user, res.temporaryPassword);
          },
          onError: (e) => showApiError(form, e),
        },
      );
  });

  return (
    <Modal opened={opened} onClose={onClose} title={user ? t('users.editTitle') : t('users.create')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('users.username')}
            description={user ? undefined : t('users.usernameHint')}
            required
            readOnly={Boolean(user)}
            autoCapitalize="none"
            data-autofocus
            {...form.getInputProps('username')}
          />
          <TextInput label={t('users.fullName')} required {...form.getInputProps('fullName')} />
          <TextInput label={t('users.email')} description={t('users.emailHint')} type="email" {...form.getInputProps('email')} />
          <Select
            label={t('users.role')}
            required
            allowDeselect={false}
            data={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            {...form.getInputProps('role')}
          />
          {superAdminPicksRegion && (
            <Select
              label={t('users.region')}
              required
              searchable
              data={(regions.data?.items ?? []).map((r) => ({ value: r.id, label: r.name }))}
              {...form.getInputProps('regionId')}
            />
          )}
          {mayHaveOpd(role) && (
            <Select
              label={t('users.opd')}
              placeholder={t('users.pickOpd')}
              description={isOpdBound(role) ? undefined : t('users.juriOpd')}
              required={isOpdBound(role)}
              clearable={!isOpdBound(role)}
              searchable
              nothingFoundMessage={t('common.noResults')}
              data={(opds.data?.items ?? []).map((o) => ({ value: o.id, label: `${o.shortName} — ${o.name}` }))}
              {...form.getInputProps('opdId')}
            />
          )}
          <FormActions onCancel={onClose} loading={create.isPending || update.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
