import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Query } from '../../lib/api';
import { auditQueries } from '../../lib/queries/audit';

export type { AuditEvent } from '../../../contract/audit';

export const useAudit = (query: Query) => useQuery({ ...auditQueries.list(query), placeholderData: keepPreviousData });
