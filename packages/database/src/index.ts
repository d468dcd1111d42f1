export {
  createDatabase,
  type Database,
  type DatabaseHandle,
  type DatabaseOptions,
  type Schema,
} from './client';
export { getDatabase, getDatabaseHandle, onDatabaseQuery } from './database';
export { findRepositoryRoot } from './paths';
