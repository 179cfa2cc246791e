// Zod pieces of the server's routes that are not part of the API contract (src/contract): path parameters.
import { z } from 'zod';

export const uuidParam = z.object({ id: z.uuid({ error: 'not_found' }) });
