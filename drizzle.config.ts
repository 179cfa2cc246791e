import { defineConfig } from 'drizzle-kit';

// Migrations are generated once from the schema and applied at start-up, on the embedded server and DATABASE_URL's alike.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/db/schema.ts',
  out: './drizzle',
});
