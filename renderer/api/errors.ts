import { isErrorPayload, type ErrorCode, type ErrorPayload } from '../../engine/api/errors.js';

/** Codes only the renderer raises: the engine could not be reached at all. */
export type ClientErrorCode = 'connection_lost';

/** An API call that failed, as the renderer sees it: the engine's {code, message, details}. */
export class ApiError extends Error {
  readonly code: ErrorCode | ClientErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode | ClientErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    if (details !== undefined) this.details = details;
  }

  static fromPayload(payload: ErrorPayload): ApiError {
    return new ApiError(payload.code, payload.message, payload.details);
  }
}

/** Anything thrown or rejected as an ApiError; unexpected values keep their text as `internal`. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isErrorPayload(error)) return ApiError.fromPayload(error);
  return new ApiError('internal', error instanceof Error ? error.message : String(error));
}
