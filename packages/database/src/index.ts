export {
  createDatabase,
  type Database,
  type DatabaseHandle,
  type DatabaseOptions,
  type Schema,
} from './client';
export {
  closeDatabase,
  closeDatabaseOnShutdownYourself,
  getDatabase,
  getDatabaseHandle,
  onDatabaseQuery,
} from './database';
export { type DatabaseEnv, DatabaseEnvError, parseDatabaseEnv } from './env';
export { findRepositoryRoot } from './paths';
