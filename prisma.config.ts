import { defineConfig } from 'prisma/config';

// Prisma 7 reads the connection from here (not from schema.prisma). The CLI is only used
// for `prisma generate` and, where the schema-engine binary exists, `prisma migrate deploy`;
// our own migrator (src/common/prisma/migrator.ts) applies migrations everywhere else.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/terren' },
});
