// Moving files between the user's machine and the web host, which cannot see the user's
// files directly: uploads land in the host's uploads folder, exports are downloaded.
import { ApiError } from './errors.js';

export interface UploadProgress {
  loaded: number;
  total: number;
}

/** PUT /upload?name=… with the raw file; resolves with the path the engine can import from. */
export function uploadFile(file: File, onProgress: (progress: UploadProgress) => void, signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', `/upload?name=${encodeURIComponent(file.name)}`);
    request.withCredentials = true;
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.upload.onprogress = (event) => onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    request.onload = () => {
      let reply: { path?: unknown; ok?: boolean; error?: { code: ApiError['code']; message: string; details?: Record<string, unknown> } };
      try {
        reply = JSON.parse(request.responseText) as typeof reply;
      } catch {
        reply = {};
      }
      if (request.status < 300 && typeof reply.path === 'string') resolve(reply.path);
      else if (reply.error) reject(new ApiError(reply.error.code, reply.error.message, reply.error.details));
      else reject(new ApiError('io', `The upload of ${file.name} failed (HTTP ${request.status}). Try again.`));
    };
    request.onerror = () => reject(new ApiError('connection_lost', `The upload of ${file.name} was interrupted.`));
    request.onabort = () => reject(new ApiError('cancelled', `The upload of ${file.name} was cancelled.`));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(file);
  });
}

/** Lets the browser save a file the engine wrote to its exports folder. */
export function downloadExport(path: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = `/download?path=${encodeURIComponent(path)}`;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}
