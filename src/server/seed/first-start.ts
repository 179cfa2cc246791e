// The first start of an installation seeds the demo region (and, unless switched off, its innovations). Several
// instances may start together on an empty database: the seed runs under the lock migrations take, so one
// seeds and the others, waiting, find it done.
import type { Database } from '../db/client';
import type { BlobStore } from '../plugins/storage';
import { queueOpenPeriodEvidence } from '../shared/evidence-check/queue';
import { seedDemoInnovations } from './demo-innovations';
import { isEmpty, type SeedResult, seedDemo } from './seed';

export interface FirstStartOptions {
  /** The demo accounts' password (INOVDA_DEMO_PASSWORD); generated when absent. */
  password?: string;
  /** Also the demo innovations with their evidence files (INOVDA_DEMO_INNOVATIONS, default true). */
  demoInnovations: boolean;
  /** The file store, opened only when the demo innovations are seeded. */
  store: () => Promise<BlobStore>;
}

/** Seeds a brand-new database; returns what was seeded, or undefined when the database had users already. */
export async function seedFirstStart(database: Database, opts: FirstStartOptions): Promise<SeedResult | undefined> {
  return database.exclusive('startup', async () => {
    if (!(await isEmpty(database.db))) return undefined;
    const seeded = await seedDemo(database.db, { password: opts.password });
    if (opts.demoInnovations) {
      await seedDemoInnovations(database.db, await opts.store());
      // Read by the pre-check in the background, as uploads are.
      await queueOpenPeriodEvidence(database.db);
    }
    return seeded;
  });
}
