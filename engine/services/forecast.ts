// Forecast queries and jobs. PLACEHOLDER while the forecast module is being built: every
// handler answers 'not yet available'; the forecast helper replaces this file.
import { EngineError } from '../api/errors.js';
import type { JobHandlers, QueryHandlers } from './registry.js';

function notYet(): never {
  throw new EngineError('internal', 'Forecasting is being built and is not available yet.');
}

export const forecastQueries: Pick<QueryHandlers, 'forecast.scopes' | 'forecast.dataRange' | 'forecast.runs' | 'forecast.get' | 'forecast.calendar'> = {
  'forecast.scopes': notYet,
  'forecast.dataRange': notYet,
  'forecast.runs': notYet,
  'forecast.get': notYet,
  'forecast.calendar': notYet,
};

export const forecastJobs: Pick<JobHandlers, 'forecast.run' | 'forecast.batch' | 'forecast.edit' | 'forecast.export' | 'forecast.saveCalendar'> = {
  'forecast.run': notYet,
  'forecast.batch': notYet,
  'forecast.edit': notYet,
  'forecast.export': notYet,
  'forecast.saveCalendar': notYet,
};
