// GET /events upgraded to a WebSocket: every engine event is pushed to every open page as
// {event, payload}. The socket only speaks from server to page; pages call methods over HTTP.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, WebSocket } from 'ws';
import { eventNames } from '../../api/contract.js';
import type { Engine } from '../../host/engine.js';
import type { Access } from './access.js';

export class EventSocket {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  private readonly unsubscribe: (() => void)[];

  constructor(engine: Engine, private readonly access: Access) {
    this.unsubscribe = eventNames.map((event) =>
      engine.on(event, (payload) => this.broadcast(JSON.stringify({ event, payload }))),
    );
  }

  /** Accepts an upgrade from this origin carrying the token; refuses anything else. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const status = !this.access.hostAllowed(req)
      ? '421 Misdirected Request'
      : !this.access.authenticated(req)
        ? '401 Unauthorized'
        : !this.access.originIsOurs(req) || !this.access.sentByOurPageOrUser(req)
          ? '403 Forbidden'
          : null;
    if (status) {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      ws.on('error', () => ws.terminate());
    });
  }

  private broadcast(message: string): void {
    for (const client of this.wss.clients) {
      if (client.readyState === WebSocket.OPEN) client.send(message);
    }
  }

  close(): void {
    for (const off of this.unsubscribe) off();
    for (const client of this.wss.clients) client.close(1001, 'The workbench is shutting down');
    this.wss.close();
  }
}
