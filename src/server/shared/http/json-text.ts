// Answers with JSON text made earlier (a cached page), as it is: the route's serialiser is for objects, and this
// text was encoded with the same schema when it was made.
import type { FastifyReply } from 'fastify';

export function sendJsonText(reply: FastifyReply, json: string) {
  return reply.type('application/json; charset=utf-8').send(json);
}
