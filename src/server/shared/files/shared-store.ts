// Several app instances on one database must share one file store: a file uploaded through one instance is
// read through any other. An instance with a store of its own (each its own DATA_DIR/files) would accept
// uploads that the others then cannot find. The first instance writes a marker file into its store and records
// the marker's name and content in the database; every later start reads that marker from its own store and
// refuses to start when it is missing or different.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { appMeta } from '../../db/schema';
import type { BlobStore } from '../../plugins/storage';

export const STORE_MARKER_KEY = 'file_store_marker';

interface Marker {
  name: string;
  token: string;
}

const contentOf = (m: Marker) => `${m.token}\nInovda: penanda penyimpanan berkas bersama; jangan dihapus. / Shared file store marker; do not delete.\n`;

export class UnsharedStoreError extends Error {}

function unshared(store: BlobStore, marker: Marker, found: string | undefined): UnsharedStoreError {
  return new UnsharedStoreError(
    [
      `Penyimpanan berkas tidak dipakai bersama: berkas penanda ${marker.name} yang dicatat di basis data ${found === undefined ? 'tidak ada' : 'isinya berbeda'} di ${store.location}.`,
      'Semua instans Inovda pada satu basis data harus memakai penyimpanan berkas yang sama: folder files di DATA_DIR yang sama pada disk bersama, atau S3 (S3_BUCKET).',
      `Jika berkas dipindahkan ke penyimpanan ini, salin juga ${marker.name}.`,
      `The file store is not shared: the marker file ${marker.name} recorded in the database ${found === undefined ? 'is missing' : 'differs'} in ${store.location}.`,
      'Every Inovda instance on one database must use the same file store: the same DATA_DIR files folder on a shared disk, or S3 (S3_BUCKET).',
      `If the files were moved to this store, copy ${marker.name} too.`,
    ].join('\n'),
  );
}

/** Writes the marker on the first start; on every later start, refuses a store that does not hold it. */
export async function checkSharedStore(database: Database, store: BlobStore): Promise<void> {
  const { db } = database;
  // Under the start-up lock: two instances starting together never both write a marker.
  await database.exclusive('startup', async () => {
    const [row] = await db.select().from(appMeta).where(eq(appMeta.key, STORE_MARKER_KEY));
    if (!row) {
      const token = randomBytes(16).toString('hex');
      const marker = { name: `inovda-store-${token.slice(0, 12)}.txt`, token };
      await store.writeMarker(marker.name, contentOf(marker));
      await db.insert(appMeta).values({ key: STORE_MARKER_KEY, value: { ...marker, location: store.location, at: new Date().toISOString() } });
      return;
    }
    const marker = row.value as Marker;
    const found = await store.readMarker(marker.name);
    if (found?.split('\n')[0] !== marker.token) throw unshared(store, marker, found);
  });
}
