import { defineConfig } from 'prisma/config';

// The native schema engine cannot be downloaded offline; generate/validate/format do not need it.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= '/bin/false';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/qingting.db' },
});
