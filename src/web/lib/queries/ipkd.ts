// The region's IPKD years (claimed, verified and official index per measurement year), shared by the IPKD pages
// and the dashboard's card beside the IID trend: one cache entry, refreshed by any IPKD change (key prefix 'ipkd').
import { queryOptions } from '@tanstack/react-query';
import type { IpkdYearSummary } from '../../../contract/ipkd';
import { get } from '../api';

export type { IpkdYearSummary };

export const ipkdYearsQuery = () => queryOptions({ queryKey: ['ipkd', 'years'] as const, queryFn: () => get<IpkdYearSummary[]>('/api/ipkd/years') });
