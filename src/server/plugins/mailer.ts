// Outgoing e-mail over SMTP (SMTP_URL). Without SMTP, messages go to the server log so nothing is lost.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import nodemailer from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  readonly configured: boolean;
  send(mail: Mail): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    mailer: Mailer;
  }
}

export default fp(async function mailerPlugin(app: FastifyInstance) {
  const { smtpUrl, mailFrom } = app.config;
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  app.decorate<Mailer>('mailer', {
    configured: Boolean(transport),
    async send(mail) {
      if (!transport) {
        app.log.info({ to: mail.to, subject: mail.subject }, `e-mail (SMTP not configured):\n${mail.text}`);
        return;
      }
      await transport.sendMail({ from: mailFrom, ...mail });
    },
  });
  app.addHook('onClose', async () => transport?.close());
});
