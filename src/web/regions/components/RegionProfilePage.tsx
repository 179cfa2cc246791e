import { Button, Card, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionType } from '../../../domain/organisation';
import { notifySaved, showApiError } from '../../ui/forms';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorState, LoadingState } from '../../ui/states';
import { useRegion, useUpdateRegion } from '../api/regions';
import { LetterheadCard } from './LetterheadCard';
import { RegionFields } from './RegionFields';
import { RegionProfileView } from './RegionProfileView';

export function RegionProfilePage({ regionId, canEdit }: { regionId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const region = useRegion(regionId);
  const update = useUpdateRegion(regionId);
  const form = useForm({ initialValues: { name: '', type: 'kota', kemendagriCode: '', address: '' } });

  useEffect(() => {
    if (region.data && !form.isDirty()) {
      const v = { name: region.data.name, type: region.data.type, kemendagriCode: region.data.kemendagriCode, address: region.data.address ?? '' };
      form.setValues(v);
      form.resetDirty(v);
    }
    // Only when fresh data arrives; never overwrite what the user is typing.
  }, [region.data]);

  if (region.isLoading) return <LoadingState />;
  if (region.error) return <ErrorState error={region.error} onRetry={() => region.refetch()} />;
  if (!canEdit && region.data)
    return (
      <Stack>
        <PageHeader title={t('region.title')} description={region.data.name} />
        <RegionProfileView region={region.data} />
      </Stack>
    );

  return (
    <Stack>
      <PageHeader title={t('region.title')} description={region.data?.name} />
      <Card withBorder maw={640}>
        <form
          noValidate
          onSubmit={form.onSubmit((v) =>
            update.mutate(
              { ...v, type: v.type as RegionType, address: v.address || null },
              {
                onSuccess: (r) => {
                  form.resetDirty({ name: r.name, type: r.type, kemendagriCode: r.kemendagriCode, address: r.address ?? '' });
                  notifySaved(t('common.saved'));
                },
                onError: (e) => showApiError(form, e),
              },
            ),
          )}
        >
          <RegionFields form={form} readOnly={!canEdit} />
          {canEdit && (
            <Group mt="md">
              <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
                {t('common.save')}
              </Button>
            </Group>
          )}
        </form>
      </Card>
      {canEdit && <LetterheadCard regionId={regionId} />}
    </Stack>
  );
}
