// Live delivery: open browsers hold a server-sent-events stream; a LISTEN connection per process wakes them.
import type { ServerResponse } from 'node:http';
import { listenForNotifications } from './notifications.repository.ts';

const HEARTBEAT_MS = 25_000;
const RECONNECT_MS = 2_000;
/** Open streams per user (tabs, devices); a further one closes the oldest, so a client cannot pile up sockets. */
const MAX_STREAMS_PER_USER = 8;

/** Adds a stream for one user; past the cap the oldest one is closed. */
function addCapped(own: Set<ServerResponse>, res: ServerResponse) {
  const oldest = own.size >= MAX_STREAMS_PER_USER ? own.values().next().value : undefined;
  if (oldest) {
    own.delete(oldest);
    oldest.end();
  }
  own.add(res);
}

export type NotificationHub = ReturnType<typeof createNotificationHub>;

/** Listens only while someone is connected; reconnects when the database connection drops. */
export function createNotificationHub(databaseUrl: string, log: (m: string) => void = (m) => console.warn(m)) {
  const streams = new Map<string, Set<ServerResponse>>();
  let listener: Promise<{ close(): Promise<void> }> | null = null;
  let heartbeat: NodeJS.Timeout | null = null;
  let stopped = false;

  const send = (res: ServerResponse, event: string, data: unknown) =>
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

  function deliver(ids: string[]) {
    for (const id of ids) for (const res of streams.get(id) ?? []) send(res, 'notification', {});
  }

  function ensureListening() {
    if (listener || stopped) return;
    listener = listenForNotifications(databaseUrl, deliver, (error) => {
      log(`notifications: listener lost (${error.message}); reconnecting`);
      void drop().then(() => setTimeout(() => streams.size && ensureListening(), RECONNECT_MS).unref());
    });
    listener.catch((error: Error) => {
      log(`notifications: cannot listen (${error.message})`);
      listener = null;
      setTimeout(() => streams.size && ensureListening(), RECONNECT_MS).unref();
    });
    heartbeat ??= setInterval(() => {
      for (const set of streams.values()) for (const res of set) res.write(': ping\n\n');
    }, HEARTBEAT_MS).unref();
  }

  async function drop() {
    const current = listener;
    listener = null;
    await current?.then((l) => l.close()).catch(() => undefined);
  }

  return {
    /** Keeps `res` open as an event stream for `userId` until the client goes away. */
    subscribe(userId: string, res: ServerResponse): void {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-cache, no-transform',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      });
      res.write('retry: 5000\n\n');
      if (!streams.has(userId)) streams.set(userId, new Set());
      addCapped(streams.get(userId)!, res);
      ensureListening();
      send(res, 'ready', {});
      res.on('close', () => {
        const set = streams.get(userId);
        set?.delete(res);
        if (set && !set.size) streams.delete(userId);
      });
    },
    /** Resolves once the LISTEN connection is up (tests wait for it before notifying). */
    ready: async () => void (await listener),
    async stop(): Promise<void> {
      stopped = true;
      if (heartbeat) clearInterval(heartbeat);
      for (const set of streams.values()) for (const res of set) res.end();
      streams.clear();
      await drop();
    },
  };
}
