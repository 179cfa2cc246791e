// An innovation's place in the public catalogue, as the signed-in app shows it beside the profile.
import { queryOptions } from '@tanstack/react-query';
import type { Publication } from '../../../contract/catalogue';
import { get } from '../api';

export type { Publication };

export const catalogueQueries = {
  all: ['catalogue'] as const,
  publication: (entryId: string) =>
    queryOptions({ queryKey: ['catalogue', 'publication', entryId], queryFn: () => get<Publication>(`/api/catalogue/entries/${entryId}`) }),
};
