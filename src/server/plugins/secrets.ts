// The server key for secrets stored in the database (shared/secrets), and the start-up step that seals
// two-factor seeds still kept in plain text by an earlier version.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { loadSecretBox } from '../shared/secrets/keys';
import type { SecretBox } from '../shared/secrets/secret-box';
import { sealPlainTotpSecrets } from '../shared/secrets/totp-secrets';

declare module 'fastify' {
  interface FastifyInstance {
    secrets: SecretBox;
  }
}

export default fp(async function secretsPlugin(app: FastifyInstance) {
  const box = loadSecretBox(app.config, (m) => app.log.warn(m));
  app.decorate('secrets', box);
  const { sealed, unreadable } = await sealPlainTotpSecrets(app.db, box);
  if (sealed) app.log.info(`two-factor secrets sealed with key ${box.current.id}: ${sealed}`);
  // Not fatal: those users cannot finish a two-factor sign-in until the key is back; everyone else can.
  if (unreadable.length)
    app.log.error(
      `two-factor secrets of ${unreadable.length} user(s) (${unreadable.slice(0, 10).join(', ')}) were sealed with a key that is not configured: ` +
        'put that key in INOVDA_SECRET_KEYS_OLD (or INOVDA_SECRET_KEY), or they must set up two-factor sign-in again',
    );
});
