// Who may talk to the web host. It listens on 127.0.0.1 only, but any local program, and any
// web page the user visits, can reach a loopback port. So every request must carry the
// per-launch token (as a cookie set from the printed URL, or as a header), the Host header
// must name this server (a DNS-rebinding page would send its own host name), requests that
// change something or open the event socket must come from this origin, and the browser's
// own label of who asks (Sec-Fetch-Site) must not name another page.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-workbench-token';

export class Access {
  readonly token = randomBytes(32).toString('base64url');
  private readonly tokenDigest = digest(this.token);
  private readonly hosts: string[];
  private readonly origins: string[];

  constructor(readonly port: number) {
    this.hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    this.origins = this.hosts.map((h) => `http://${h}`);
  }

  /** Cookies are shared by every port of a host, so the name carries the port. */
  get cookieName(): string {
    return `workbench_token_${this.port}`;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/?token=${this.token}`;
  }

  /** WebSocket origins the page may connect to, for its Content-Security-Policy. */
  get socketOrigins(): string[] {
    return this.hosts.map((h) => `ws://${h}`);
  }

  hostAllowed(req: IncomingMessage): boolean {
    return this.hosts.includes((req.headers.host ?? '').toLowerCase());
  }

  /** True when the request has no Origin (not sent by a browser page) or our own. */
  originAllowedIfPresent(req: IncomingMessage): boolean {
    const origin = req.headers.origin;
    return origin === undefined || this.origins.includes(origin.toLowerCase());
  }

  originIsOurs(req: IncomingMessage): boolean {
    const origin = req.headers.origin;
    return origin !== undefined && this.origins.includes(origin.toLowerCase());
  }

  /**
   * False when the browser says another page sent the request. Cookies are not port-scoped, so
   * a page served from another 127.0.0.1 port ('same-site') carries our token cookie too, and a
   * plain GET (a link, an image) sends no Origin. Our own pages ('same-origin') and what the
   * user opens directly ('none') may; programs other than browsers send no such header.
   */
  sentByOurPageOrUser(req: IncomingMessage): boolean {
    const site = req.headers['sec-fetch-site'];
    return site === undefined || site === 'same-origin' || site === 'none';
  }

  /** The token from the header or the cookie is this launch's token. */
  authenticated(req: IncomingMessage): boolean {
    const header = req.headers[TOKEN_HEADER];
    const candidate = typeof header === 'string' ? header : readCookie(req, this.cookieName);
    return candidate !== undefined && this.matches(candidate);
  }

  matches(candidate: string): boolean {
    // Compare digests: equal lengths for timingSafeEqual, and no early exit on a prefix.
    return timingSafeEqual(digest(candidate), this.tokenDigest);
  }

  setCookieHeader(): string {
    return `${this.cookieName}=${this.token}; Path=/; HttpOnly; SameSite=Strict`;
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
