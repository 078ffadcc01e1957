// Ordered migrations. Append only: a released migration never changes, a new one is added.
import * as m001 from './m001_initial.js';
import * as m002 from './m002_forecast.js';
import * as m003 from './m003_theft.js';
import * as m004 from './m004_risk.js';
import * as m005 from './m005_service.js';
import * as m006 from './m006_customers.js';
import * as m007 from './m007_query.js';
import * as m008 from './m008_operations.js';
import * as m009 from './m009_security.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  { version: 1, name: m001.name, sql: m001.sql },
  { version: 2, name: m002.name, sql: m002.sql },
  { version: 3, name: m003.name, sql: m003.sql },
  { version: 4, name: m004.name, sql: m004.sql },
  { version: 5, name: m005.name, sql: m005.sql },
  { version: 6, name: m006.name, sql: m006.sql },
  { version: 7, name: m007.name, sql: m007.sql },
  { version: 8, name: m008.name, sql: m008.sql },
  { version: 9, name: m009.name, sql: m009.sql },
];

export const latestVersion = migrations[migrations.length - 1]!.version;
