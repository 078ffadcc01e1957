// Raw HTTP requests for the web host tests: unlike fetch, node:http lets a test send any Host
// or Origin header, as a hostile page or a DNS-rebinding attack would, and any request path
// (`rawPath`, sent as it is, not normalised as a URL).
import http from 'node:http';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  text(): string;
  json<T = unknown>(): T;
}

export function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; rawPath?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const target = { method: options.method ?? 'GET', headers: options.headers, agent: false, ...(options.rawPath ? { path: options.rawPath } : {}) };
    const req = http.request(url, target, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body,
          text: () => body.toString('utf8'),
          json: <T>() => JSON.parse(body.toString('utf8')) as T,
        });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}
