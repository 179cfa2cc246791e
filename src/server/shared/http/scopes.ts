// The route scopes many routes share (config.scope, plugins/access.ts), named once so that a route's
// declaration reads as what it is about.
import type { RefusedRoles, RouteScope } from '../../plugins/access';

/** An innovation entry (by `:id`, or the `entryId` of the query or body): OPD-bound roles keep to their own OPD's. */
export const entryScope = (refusedRoles?: RefusedRoles): RouteScope => ({ kind: 'opd', resource: 'entry', ...(refusedRoles && { refusedRoles }) });

/** A period of the region (by `:id`, or the `periodId` of the query or body): another region's answers 404/403. */
export const periodScope = (): RouteScope => ({ kind: 'region', resource: 'period' });

/** A competition of the region (by `:id`): another region's answers 404. */
export const competitionScope = (): RouteScope => ({ kind: 'region', resource: 'competition' });

/** An OPD's competition entry (by `:id`): OPD-bound roles keep to their own OPD's. */
export const competitionEntryScope = (): RouteScope => ({ kind: 'opd', resource: 'competitionEntry' });

/** A reward recorded for an innovation's innovators (by `:id`): OPD-bound roles keep to their own OPD's. */
export const innovatorRewardScope = (): RouteScope => ({ kind: 'opd', resource: 'innovatorReward' });

/** An API token of the region (by `:id`): another region's answers 404. */
export const apiTokenScope = (): RouteScope => ({ kind: 'region', resource: 'apiToken' });
/** A replication request (by `:id`): the owning OPD's (OPD-bound roles keep to their own OPD's) or the asking side's. */
export const replicationScope = (): RouteScope => ({ kind: 'opd', resource: 'replication' });

/** A cooperation agreement of the region (by `:id`): another region's answers 404. */
export const cooperationScope = (): RouteScope => ({ kind: 'region', resource: 'cooperation' });
/** A bulk import job of the region (by `:id`): another region's answers 404. */
export const importJobScope = (): RouteScope => ({ kind: 'region', resource: 'importJob' });

/** An IPKD framework version of the region (built-ins belong to every region). */
export const ipkdFrameworkScope = (): RouteScope => ({ kind: 'region', resource: 'ipkdFramework' });

/** A document behind an IPKD value of the region. */
export const ipkdDocumentScope = (): RouteScope => ({ kind: 'region', resource: 'ipkdDocument' });
