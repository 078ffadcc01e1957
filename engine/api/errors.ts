// Errors cross every transport as plain data: {code, message, details}.
// `message` is English and says what the user can do; the renderer translates by `code`
// (resources/locales/*/errors.*) and interpolates `details`, falling back to `message`.
import { systemErrorPayload, type ErrorContext } from './systemErrors.js';

export const errorCodes = [
  'validation', // arguments did not match the method's schema
  'unknown_method',
  'unsupported', // this host cannot do that (e.g. a native dialog in the web host)
  'not_found',
  'io',
  'internal',
  'cancelled',
  'workspace.none_open',
  'workspace.not_a_workspace',
  'workspace.newer_version',
  'workspace.pre_release', // made by a build before the first release, whose schema was rewritten
  'workspace.exists',
  'workspace.locked',
  'workspace.passphrase_required', // an encrypted file (or one that cannot be told from it) opened without a passphrase: details.path
  'workspace.wrong_passphrase', // the passphrase does not open the file (or it is no workspace): details.path
  'workspace.busy', // work that needs the workspace to itself (a passphrase change) while other work reads it: details.path
  'forbidden', // the signed-in profile's role may not do this: details.method, permission, role, allowed
  'session.sign_in_required', // the workspace has user profiles and nobody is signed in
  'session.bad_credentials', // no enabled profile of that name, or a wrong password: details.name
  'users.not_found', // no profile of that name: details.name
  'users.last_administrator', // the last enabled administrator cannot be removed, disabled or demoted: details.name
  'users.first_not_administrator', // the first profile of a workspace must be an administrator (nobody locked out)
  'import.empty_file',
  'import.no_rows', // a header and nothing under it
  'import.binary_file',
  'import.encrypted_xlsx',
  'import.legacy_xls',
  'import.corrupt_xlsx',
  'import.malformed_csv', // e.g. a quote that is never closed swallows the rest of the file
  'import.unknown_kind',
  'import.wrong_kind', // the file's columns fit another kind: details.suggested names it
  'import.missing_columns',
  'import.no_header',
  'import.bad_mapping',
  'forecast.unknown_scope', // the selector names no area, feeder, customer... of the workspace
  'forecast.no_data', // the scope has no load before the start
  'forecast.short_history', // too little history even for the fallback model: details.neededDays
  'forecast.bad_temperature_file', // a scenario's temperature file could not be read
  'forecast.run_not_found',
  'theft.no_data', // nothing to score: no consumption at all (or none on or before the day asked)
  'theft.run_not_found',
  'cases.unknown_customer', // a case is opened for a customer number the archive does not hold
  'cases.not_found',
  'cases.already_open', // the customer has an open case: details.caseId names it
  'cases.bad_transition', // a status the case cannot move to from its own: details.from, to, allowed
  'cases.reason_required', // reopening a closed case needs a reason
  'cases.file_too_large', // details.size and details.limit in bytes
  'cases.file_not_found',
  'pdf.no_font', // no CJK font on this computer to write a PDF (evidence pack, report) with: details.install says which
  'reports.not_found', // no saved report with that id: details.reportId
  'reports.name_taken', // another report has that name: details.name
  'risk.model_not_found', // no saved risk model with that id (or none yet): details.modelId, null for 'the latest'
  'risk.run_not_found', // no risk score run with that id (or none yet): details.runId
  'risk.not_scored', // a grade adjustment for a customer no run has scored: details.customerId
  'risk.not_table_model', // risk.scoreTable given a model trained on the workspace: details.modelId
  'risk.no_base_run', // stability needs two runs of a model: details.runId
  'risk.too_many_rows', // more rows than an Excel sheet holds: details.rows, details.limit
  'risk.bad_target', // an own table's target column holds something other than 0/1: details.name, column, row, value
  'risk.unknown_column', // an own table has no column of that name: details.name, column, columns
  'risk.one_class', // a training table's target lacks one class (too few 1s or 0s): details.column, ones, zeros, needed
  'risk.no_predictor', // no feature of a training table predicts its target (every IV under 0.02): details.column, strongest, iv
  'risk.bad_model', // a risk model file is not one, is damaged or of a newer version: details.reason
  'risk.no_bills', // the workspace holds no bills to learn or score arrears risk from
  'text.unknown_column', // a text CSV has no column of that name: details.name, column, columns
  'text.too_few_labels', // fewer than two labels, or a label with too few texts to learn from: details.labels, rare, needed
  'text.no_tickets', // the workspace has no tickets to train on (with that task's labels) or to classify: details.task
  'text.model_not_found', // no text model of that id (or none trained yet): details.modelId
  'text.bad_model', // a text model file is not one, is damaged or of a newer version: details.reason
  'customers.not_found', // no archive entry or meter of that number: details.customerId
  'customers.list_not_found', // no saved target list of that id: details.listId
  'segments.no_data', // no customer has enough complete days of interval curves in the window: details.fromDay, toDay, minDays, skipped
  'segments.run_not_found', // no segmentation run with that id (or none yet): details.runId
  'schedules.not_found', // no schedule of that id: details.scheduleId
  'schedules.folder_missing', // a watched or backup folder that does not exist or cannot be read: details.folder, what ('watched' | 'backup')
  'schedules.mapping_missing', // a folder import without the import mapping to read its files with
  'schedules.weekday_missing', // a weekly schedule without its day of the week
  'schedules.running', // a run of the schedule is going on now: details.scheduleId, runId
  'schedules.workspace_closed', // the workspace a run worked on was closed before it finished: details.workspace
  'schedules.interrupted', // the process running a run ended before it finished
  'query.incompatible', // a measure that cannot be broken down or filtered by a dimension of the query: details.measure, dimension
  'query.bad_spec', // a query no source could mean (a field twice, a pivot column not among the dimensions, a backward period): details.reason, field
  'views.not_found', // no saved view of that id: details.viewId
  'views.name_taken', // another saved view has that name: details.name
  'backup.exists', // a backup never replaces a file: details.path
  'backup.foreign', // not a backup of this app (not SQLite, another program's, a foreign manifest): details.path
  'backup.no_manifest', // the backup's .manifest.json is missing: details.path, manifest
  'backup.checksum_mismatch', // the file is not the one its manifest describes: details.path, bytes, expectedBytes, sha256, expectedSha256
  'backup.damaged', // SQLite's integrity check failed: details.path, problems
  'backup.verify_failed', // the copy just written failed its check and was deleted: details.path, problems
  'backup.newer_version', // a backup of a newer app: details.path, version, supported
  'audit.not_recorded', // work whose audit log entry could not be written, so it was not done or not shown: details.reason
  'sql.not_read_only', // the SQL console runs only a single SELECT (or WITH ... SELECT): details.reason
  'sql.syntax', // SQLite could not read the statement: details.sqlite its message
  'sql.timeout', // the statement ran past its time limit and was stopped: details.seconds
  'sql.personal_data', // the statement reads personal columns other than as masked output: details.columns
  'sql.secret_column', // the statement reads a column never shown (a password hash): details.columns
  'quality.not_checked', // the data quality check has not run on this workspace yet
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export class EngineError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'EngineError';
    this.code = code;
    this.details = details;
  }

  toPayload(): ErrorPayload {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/**
 * Any thrown value as a payload: engine errors as they are, SQLite and file-system errors in
 * contract codes (engine/api/systemErrors.ts), anything else as `internal`, keeping its message.
 * `context.path` names the workspace or file the failing operation was using.
 */
export function toErrorPayload(error: unknown, context: ErrorContext = {}): ErrorPayload {
  if (error instanceof EngineError) return error.toPayload();
  if (isErrorPayload(error)) return error;
  const system = systemErrorPayload(error, context);
  if (system) return system;
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Unexpected error: ${message}. Please report it with the job log.` };
}

const knownCodes: ReadonlySet<string> = new Set(errorCodes);

/** A payload of this contract: a known code (never a raw SQLITE_BUSY or EACCES), a message. */
export function isErrorPayload(value: unknown): value is ErrorPayload {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message, details } = value as Partial<Record<keyof ErrorPayload, unknown>>;
  return (
    typeof code === 'string' &&
    knownCodes.has(code) &&
    typeof message === 'string' &&
    (details === undefined || (typeof details === 'object' && details !== null))
  );
}

/** Rebuilds an EngineError on the receiving side of a transport. */
export function fromErrorPayload(payload: ErrorPayload): EngineError {
  return new EngineError(payload.code, payload.message, payload.details);
}
