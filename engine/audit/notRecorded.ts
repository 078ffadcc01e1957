import { EngineError } from '../api/errors.js';

/**
 * The error of work done whose audit entry could not be written (a job's export, a query's
 * unmasking): the work does not count as done, and the user is told so.
 */
export function auditNotRecorded(reason: string): EngineError {
  return new EngineError(
    'audit.not_recorded',
    `The audit log could not record this (${reason}), so it was not done or not shown. Try again once the workspace can be written (disk space, a file that is not read-only); tell your administrator if it keeps failing.`,
    { reason },
  );
}
