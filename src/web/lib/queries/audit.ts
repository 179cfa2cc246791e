import { queryOptions } from '@tanstack/react-query';
import type { AuditPage } from '../../../contract/audit';
import { get, type Query } from '../api';

export const auditQueries = {
  list: (query: Query) => queryOptions({ queryKey: ['audit', query] as const, queryFn: () => get<AuditPage>('/api/audit', query) }),
};
