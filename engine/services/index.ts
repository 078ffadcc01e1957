// All worker-side handlers, combined. Typing them as QueryHandlers/JobHandlers makes a
// contract method without a handler a compile error.
import type { JobHandlers, QueryHandlers } from './registry.js';
import { importJobs, importQueries } from './importing.js';
import { catalogQueries } from './catalog.js';
import { overviewQueries } from './overview.js';
import { demoJobs } from './demo.js';
import { forecastJobs, forecastQueries } from './forecast.js';
import { theftJobs, theftQueries } from './theft.js';
import { casesJobs, casesQueries } from './cases.js';
import { gridQueries } from './grid.js';
import { riskJobs } from './risk.js';
import { riskQueries } from './riskQueries.js';
import { customersJobs, customersQueries } from './customers.js';
import { serviceJobs, serviceQueries } from './service.js';
import { segmentsJobs, segmentsQueries } from './segments.js';
import { textJobs, textQueries } from './text.js';
import { reportsJobs, reportsQueries } from './reports.js';
import { queryJobs, queryQueries } from './query.js';
import { auditJobs, auditQueries } from './audit.js';
import { sqlJobs, sqlQueries } from './sql.js';
import { qualityJobs, qualityQueries } from './quality.js';
import { backupJobs, backupQueries } from './backup.js';
import { scheduleRunOps, schedulesJobs, schedulesQueries } from './schedules.js';
import { securityJobs, securityOps, securityQueries } from './security.js';
import { workspaceOps } from './workspace.js';
import { jobHistoryOps } from './jobsHistory.js';

export const queryHandlers: QueryHandlers = { ...importQueries, ...catalogQueries, ...overviewQueries, ...forecastQueries, ...theftQueries, ...casesQueries, ...gridQueries, ...riskQueries, ...customersQueries, ...textQueries, ...segmentsQueries, ...serviceQueries, ...reportsQueries, ...queryQueries, ...sqlQueries, ...qualityQueries, ...backupQueries, ...schedulesQueries, ...auditQueries, ...securityQueries };

export const jobHandlers: JobHandlers = { ...importJobs, ...demoJobs, ...forecastJobs, ...theftJobs, ...casesJobs, ...riskJobs, ...customersJobs, ...textJobs, ...segmentsJobs, ...serviceJobs, ...reportsJobs, ...queryJobs, ...sqlJobs, ...qualityJobs, ...backupJobs, ...schedulesJobs, ...auditJobs, ...securityJobs };

export const internalOps = { ...workspaceOps, ...jobHistoryOps, ...scheduleRunOps, ...securityOps };
