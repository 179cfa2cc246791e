import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get, type Page } from '../../lib/api';

export interface AuditEvent {
  id: number;
  at: string;
  regionId: string | null;
  actorId: string | null;
  actorName: string;
  entityType: string;
  entityId: string | null;
  entityLabel: string | null;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip: string | null;
}

export const useAudit = (query: Record<string, string | number | undefined>) =>
  useQuery({ queryKey: ['audit', query], queryFn: () => get<Page<AuditEvent>>('/api/audit', query), placeholderData: keepPreviousData });
