// A new replication request reaches the owning OPD's operators and Kepala OPD, and the region's Admin Daerah.
import { REPLICATIONS_LINK, replicationRequestedNotice } from '../../domain/catalogue/replication';
import type { Db, Tx } from '../db/client';
import type { InstantNotice, PendingMails } from '../shared/notifications/instant';

type Raise = (tx: Db | Tx, n: InstantNotice) => Promise<PendingMails>;

export async function replicationNotices(
  tx: Db | Tx,
  r: { id: string; regionId: string; opdId: string; replicatingName: string; innovationName: string },
  actorId: string,
  raise: Raise,
): Promise<PendingMails> {
  const base = {
    regionId: r.regionId,
    actorId,
    kind: 'replication_requested' as const,
    subject: `replication:${r.id}`,
    link: REPLICATIONS_LINK,
    text: (locale: 'id' | 'en') => replicationRequestedNotice(locale, r.innovationName, r.replicatingName),
  };
  return [...(await raise(tx, { ...base, roles: ['operator_opd', 'kepala_opd'], opdId: r.opdId })), ...(await raise(tx, { ...base, roles: ['admin_daerah'] }))];
}
