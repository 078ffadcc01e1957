// POST /api/<method>: the JSON body is the method's arguments; the answer is the contract's
// Reply envelope. Engine errors are HTTP 200 so that the client always reads the payload;
// only a body that cannot be read as JSON is a 400.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Reply } from '../../api/contract.js';
import { toErrorPayload } from '../../api/errors.js';
import type { Engine } from '../../host/engine.js';
import { callFromBrowser } from './browserCalls.js';
import { sendJson, sendText } from './respond.js';
import type { Uploads } from './uploads.js';

/** Arguments are small (a path, a mapping); anything larger is a mistake or an attack. */
const MAX_BODY_BYTES = 1024 * 1024;

export async function handleApiCall(engine: Engine, uploads: Uploads, method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req, MAX_BODY_BYTES);
  if (body === null) {
    sendText(res, 413, `The request body is larger than ${MAX_BODY_BYTES} bytes.`, { Connection: 'close' });
    req.destroy();
    return;
  }
  let args: unknown = {};
  if (body.length > 0) {
    try {
      args = JSON.parse(body.toString('utf8'));
    } catch (error) {
      const reply: Reply<never> = {
        ok: false,
        error: { code: 'validation', message: `The request body is not valid JSON (${(error as Error).message}). Send the arguments as a JSON object.` },
      };
      sendJson(res, 400, reply);
      return;
    }
  }
  let reply: Reply<unknown>;
  try {
    reply = { ok: true, result: (await callFromBrowser(engine, uploads, method, args)) ?? null };
  } catch (error) {
    reply = { ok: false, error: toErrorPayload(error) };
    if (reply.error.code === 'internal') console.error(`${method} failed:`, error);
  }
  if (!res.destroyed) sendJson(res, 200, reply);
}

/** The whole body, or null as soon as it exceeds `limit`. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
