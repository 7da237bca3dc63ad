// A real SMTP server for tests (smtp-server on 127.0.0.1, a free port) that keeps every message it accepts, parsed
// with mailparser, and can refuse on demand: the next N messages, or one recipient, with a given SMTP reply code.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

export type SinkMessage = {
  /** The raw message as received (headers + body, CRLF), e.g. to check a DKIM signature. */
  raw: string;
  parsed: ParsedMail;
  envelope: { from: string; to: string[] };
  /** The user name the client logged in with (null without AUTH). */
  user: string | null;
  /** The message came over TLS (implicit, or upgraded with STARTTLS). */
  secure: boolean;
};

type Refusal = { code: number; message: string };

function smtpError(refusal: Refusal): Error & { responseCode: number } {
  return Object.assign(new Error(refusal.message), { responseCode: refusal.code });
}

export type SmtpSink = Awaited<ReturnType<typeof startSmtpSink>>;

type SinkOptions = {
  /** Only this user/password may log in (and must); without it the sink takes mail unauthenticated. */
  auth?: { user: string; password: string };
  /** A certificate: `implicit` = TLS from the first byte (port 465 style), else STARTTLS is offered and required. */
  tls?: { key: string; cert: string; implicit: boolean };
  /** Listen on this port (e.g. one a test pointed the settings at while "the relay was down"); default: a free one. */
  port?: number;
};

/** A port nothing listens on right now (a relay that is down). */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export async function startSmtpSink(options: SinkOptions = {}) {
  const messages: SinkMessage[] = [];
  /** Envelopes of every accepted message, including those not parsed (see `envelopesOnly`). */
  const envelopes: SinkMessage['envelope'][] = [];
  const unparsedPrefixes: string[] = [];
  const nextRefusals: Refusal[] = [];
  const recipientRefusals = new Map<string, Refusal>();
  const waiters = new Set<() => void>();
  const settings: SMTPServerOptions = {
    logger: false,
    disabledCommands: [...(options.tls ? [] : ['STARTTLS']), ...(options.auth ? [] : ['AUTH'])],
    authOptional: !options.auth,
    allowInsecureAuth: !options.tls,
    ...(options.tls ? { secure: options.tls.implicit, key: options.tls.key, cert: options.tls.cert } : {}),
    size: 30 * 1024 * 1024,
    onAuth(auth, _session, callback) {
      const ok = auth.username === options.auth?.user && auth.password === options.auth?.password;
      if (!ok) return callback(smtpError({ code: 535, message: 'Authentication failed' }));
      callback(null, { user: auth.username });
    },
    onMailFrom(_address, session, callback) {
      // A TLS sink takes no mail over a plain connection (a client that skipped STARTTLS is refused).
      if (options.tls && !session.secure) return callback(smtpError({ code: 530, message: 'Must issue STARTTLS' }));
      callback();
    },
    onRcptTo(address, _session, callback) {
      const refusal = recipientRefusals.get(address.address.toLowerCase());
      callback(refusal ? smtpError(refusal) : undefined);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const refusal = nextRefusals.shift();
        if (refusal) return callback(smtpError(refusal));
        const envelope = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
        };
        if (unparsedPrefixes.some((p) => envelope.to[0]?.startsWith(p))) {
          envelopes.push(envelope);
          return callback();
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw).then(
          (parsed) => {
            envelopes.push(envelope);
            messages.push({
              raw,
              parsed,
              envelope,
              user: typeof session.user === 'string' ? session.user : null,
              secure: Boolean(session.secure),
            });
            for (const wake of waiters) wake();
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  };
  const server = new SMTPServer(settings);
  // A client that rejects the certificate drops the connection mid-handshake: the server reports it, the sink goes on.
  const connectionErrors: Error[] = [];
  server.on('error', (error: Error) => connectionErrors.push(error));
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;

  return {
    host: '127.0.0.1',
    port,
    messages,
    /** Connection-level errors the server reported (e.g. a TLS handshake the client broke off). */
    connectionErrors,
    envelopes,
    /** Messages to addresses starting with `prefix` are only counted in `envelopes` (cheap, for bulk tests). */
    envelopesOnly(prefix: string) {
      unparsedPrefixes.push(prefix);
    },
    /** The next `times` messages are refused after DATA with `code` (421/451 temporary, 550 permanent). */
    refuseNext(code: number, times = 1, message = `Refused by the test sink (${code})`) {
      for (let i = 0; i < times; i++) nextRefusals.push({ code, message });
    },
    /** RCPT TO `address` is refused with `code` until cleared. */
    refuseRecipient(address: string, code: number, message = `Mailbox refused by the test sink (${code})`) {
      recipientRefusals.set(address.toLowerCase(), { code, message });
    },
    clearRefusals() {
      nextRefusals.length = 0;
      recipientRefusals.clear();
    },
    to: (address: string) => messages.filter((m) => m.envelope.to.includes(address.toLowerCase())),
    /** Resolves once at least `count` messages arrived; rejects after `timeoutMs`. */
    async waitFor(count: number, timeoutMs = 15_000): Promise<SinkMessage[]> {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`SMTP sink: ${messages.length} of ${count} messages after ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const wake = () => (waiters.delete(wake), clearTimeout(timer), resolve());
          const timer = setTimeout(wake, Math.min(left, 250));
          waiters.add(wake);
        });
      }
      return messages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
