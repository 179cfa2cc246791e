// The asker of a replication is told when the owning OPD answers it (agreed, declined, carried out): a signed-in
// asker by the bell (and e-mail, unless muted), written in the answering transaction; a visitor who asked from the
// catalogue and left an e-mail address by e-mail only (sent after commit, like every instant e-mail).
import { eq } from 'drizzle-orm';
import { OUTGOING_REPLICATIONS_LINK, type ReplicationAnswer, replicationAnsweredNotice } from '../../domain/catalogue/replication';
import { ROLES } from '../../domain/roles';
import type { Db, Tx } from '../db/client';
import { catalogueEntries } from '../db/schema';
import { type PendingMails, raiseInstantly } from '../shared/notifications/instant';
import type { ReplicationRow } from './repository';

export async function replicationAnsweredNotices(
  tx: Db | Tx,
  r: ReplicationRow,
  names: { innovationName: string; opdName: string; regionName: string },
  actorId: string,
): Promise<PendingMails> {
  if (r.status !== 'agreed' && r.status !== 'declined' && r.status !== 'implemented') return [];
  const answer: ReplicationAnswer = {
    status: r.status,
    innovation: names.innovationName,
    owner: r.replicatingRegionId === r.regionId ? names.opdName : `${names.opdName}, ${names.regionName}`,
    note: r.status === 'implemented' ? null : r.answerNote,
    date: r.status === 'agreed' ? r.agreementDate : r.status === 'implemented' ? r.implementedOn : null,
  };
  if (r.requestedBy && r.replicatingRegionId)
    return raiseInstantly(tx, {
      regionId: r.replicatingRegionId,
      roles: [...ROLES],
      userIds: [r.requestedBy],
      actorId,
      kind: 'replication_answered',
      subject: `replication:${r.id}:${r.status}`,
      link: OUTGOING_REPLICATIONS_LINK,
      text: (locale) => replicationAnsweredNotice(locale, answer),
    });
  if (!r.requestedBy && r.requesterEmail) {
    // A visitor: the catalogue page of the innovation (while it is published) is the link they know.
    const [published] = await tx.select({ slug: catalogueEntries.slug }).from(catalogueEntries).where(eq(catalogueEntries.innovationId, r.innovationId));
    const id = replicationAnsweredNotice('id', answer);
    const en = replicationAnsweredNotice('en', answer);
    return [
      {
        to: r.requesterEmail,
        subject: `Inovda: ${id.title}`,
        lines: [
          `Yth. ${r.requesterName},`,
          '',
          id.body,
          '',
          `(English) ${en.title}. ${en.body}`,
          '',
          'Pesan ini dikirim karena Anda mengajukan permohonan replikasi di katalog inovasi. / You asked to replicate this innovation in the catalogue.',
          '',
        ],
        link: published ? `/katalog/inovasi/${encodeURIComponent(published.slug)}` : '/katalog',
      },
    ];
  }
  return [];
}
