// Counting what a piece of work sends to the database: the SQL of every statement sent outside transactions.
import type { TestContext } from './app';

type Query = (q: string | { text: string }, ...rest: unknown[]) => unknown;

/** The SQL of every statement sent outside transactions while `run` runs. */
export async function statementsOf(ctx: TestContext, run: () => Promise<void>): Promise<string[]> {
  const client = (ctx.database.db as unknown as { $client: { query: Query } }).$client;
  const original = client.query;
  const seen: string[] = [];
  client.query = function (this: unknown, q, ...rest) {
    seen.push(typeof q === 'string' ? q : q.text);
    return original.call(this, q, ...rest);
  };
  try {
    await run();
  } finally {
    client.query = original;
  }
  return seen;
}
