import { eventNames, type EventName, type Reply } from '../../engine/api/contract.js';
import { ApiError } from './errors.js';
import { Listeners, type ConnectionState, type Transport } from './transport.js';

const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 5000;

/**
 * The loopback web host: POST /api/<method> for calls and one WebSocket on /events.
 * The launch token travels as a same-origin cookie (set when the page was first opened
 * with ?token=), so requests carry it without the page ever holding it.
 */
export class WebTransport implements Transport {
  private socket: WebSocket | null = null;
  private state: ConnectionState = 'connecting';
  private retryMs = RECONNECT_MIN_MS;
  private readonly events = new Map<EventName, Listeners<unknown>>();
  private readonly connectionListeners = new Listeners<ConnectionState>();

  constructor(private readonly origin: URL) {
    this.connect();
  }

  get connection(): ConnectionState {
    return this.state;
  }

  async invoke(method: string, args: unknown): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(new URL(`/api/${encodeURIComponent(method)}`, this.origin), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(args ?? {}),
      });
    } catch {
      throw new ApiError('connection_lost', 'The workbench engine cannot be reached. Check that it is still running.');
    }
    const reply = (await response.json().catch(() => null)) as Reply<unknown> | null;
    if (!reply || typeof reply.ok !== 'boolean') {
      throw new ApiError('internal', `The engine answered ${method} with HTTP ${response.status} and no reply.`);
    }
    if (reply.ok) return reply.result;
    throw ApiError.fromPayload(reply.error);
  }

  on(event: EventName, handler: (payload: unknown) => void): () => void {
    let listeners = this.events.get(event);
    if (!listeners) this.events.set(event, (listeners = new Listeners()));
    return listeners.add(handler);
  }

  onConnection(listener: (state: ConnectionState) => void): () => void {
    return this.connectionListeners.add(listener);
  }

  private setState(state: ConnectionState): void {
    if (state === this.state) return;
    this.state = state;
    this.connectionListeners.emit(state);
  }

  private connect(): void {
    const url = new URL('/events', this.origin);
    url.protocol = this.origin.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(url);
    this.socket = socket;
    socket.onopen = () => {
      this.retryMs = RECONNECT_MIN_MS;
      this.setState('connected');
    };
    socket.onmessage = (message) => this.dispatch(message.data);
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.setState('lost');
      setTimeout(() => this.connect(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, RECONNECT_MAX_MS);
    };
  }

  private dispatch(data: unknown): void {
    if (typeof data !== 'string') return;
    let message: { event?: unknown; payload?: unknown };
    try {
      message = JSON.parse(data) as typeof message;
    } catch {
      return; // not ours: the host only sends JSON
    }
    const event = message.event as EventName;
    if (!eventNames.includes(event)) return;
    this.events.get(event)?.emit(message.payload);
  }
}
