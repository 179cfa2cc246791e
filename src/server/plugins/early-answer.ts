// Answering a request before its body has all arrived — a refused upload (too large, wrong type, no right to
// upload) is answered as soon as that is known, while the browser is still sending. Such a connection cannot
// carry another request (the rest of the body stands in the way), so the answer says `connection: close`.
// Closing at once would make the client's TCP stack discard the answer it has not read yet (the server resets
// a connection that still has data coming in), so the close lingers, as web servers do: our side is shut, what
// the client still sends is read and dropped until it stops or a few seconds pass, then the socket goes.
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** How long a closing connection keeps reading what the client still sends. */
export const LINGER_MS = 2000;

function lingeringClose(req: IncomingMessage, socket: Socket) {
  // The body goes nowhere now: detached from the multipart parser and read in flowing mode, so it is dropped.
  req.unpipe();
  req.resume();
  // Node calls destroySoon once the answer is sent on a `connection: close` response; end() instead shuts only
  // our side, and the socket is destroyed when the client closes or the linger time is up.
  socket.destroySoon = () => {
    socket.end();
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
  };
}

export default fp(async function earlyAnswerPlugin(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply, payload) => {
    const req = request.raw;
    // `complete` is false only on a real connection whose body is still arriving (app.inject leaves it unset).
    if (req.complete !== false || !req.socket || reply.raw.headersSent) return payload;
    reply.header('connection', 'close');
    lingeringClose(req, req.socket);
    return payload;
  });
});
