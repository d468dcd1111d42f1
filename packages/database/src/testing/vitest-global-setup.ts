import type { TestProject } from 'vitest/node';
import { prepareTemplateDatabase, startPostgresServer } from './index';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startPostgresServer();
  await prepareTemplateDatabase(server.url);
  project.provide('postgresAdminUrl', server.url);
  return () => server.stop();
}
