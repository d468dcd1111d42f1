import type { TestProject } from 'vitest/node';
import { prepareTemplateDatabase, startPgbouncer, startPostgresServer } from './index';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
    /** With TEST_THROUGH_PGBOUNCER=1: `host:port` of a PgBouncer in transaction mode in front of it. */
    pgbouncerAddress: string | null;
  }
}

export default async function setup(project: TestProject) {
  const server = await startPostgresServer();
  await prepareTemplateDatabase(server.url);
  const pooler = process.env.TEST_THROUGH_PGBOUNCER === '1' ? await startPgbouncer(server.url) : undefined;
  project.provide('postgresAdminUrl', server.url);
  project.provide('pgbouncerAddress', pooler?.address ?? null);
  return async () => {
    await pooler?.stop();
    await server.stop();
  };
}
