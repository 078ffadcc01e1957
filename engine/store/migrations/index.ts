// Ordered migrations. Append only: a released migration never changes, a new one is added.
import * as m001 from './m001_initial.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [{ version: 1, name: m001.name, sql: m001.sql }];

export const latestVersion = migrations[migrations.length - 1]!.version;
