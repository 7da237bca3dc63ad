// TLS to the relay against a real SMTP server with a certificate made here (a private CA and a server certificate for
// 127.0.0.1, generated in memory, no network): implicit TLS and STARTTLS succeed once the CA is trusted in the mail
// settings; without it the message fails with an error that says it is the certificate; a broken CA is refused on save.
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.ts';
import { closeTransports, registerMailJobs } from './index.ts';

let api: TestApi;
let admin: string;
let ca: { cert: string; key: string };
let server: { cert: string; key: string };
const sinks: SmtpSink[] = [];

const SETTINGS = `query { mailSettings { version tlsCaCert } }`;
const UPDATE = `mutation($input: UpdateMailSettingsInput!) { updateMailSettings(input: $input) { version tlsCaCert } }`;
const TEST = `mutation($to: String!) { sendTestEmail(to: $to) { id } }`;
const MESSAGE = `query($id: ID!) { emailMessage(id: $id) { state error } }`;

async function version(): Promise<number> {
  const res = await api.gql<{ mailSettings: { version: number } }>(SETTINGS, {}, { cookie: admin });
  return res.data!.mailSettings.version;
}

async function configure(sink: SmtpSink, security: 'TLS' | 'STARTTLS', tlsCaCert: string | null) {
  const input = { host: sink.host, port: sink.port, security, fromAddress: 'crm@example.test', ratePerSecond: 50 };
  return api.gql<{ updateMailSettings: { version: number; tlsCaCert: string | null } }>(
    UPDATE,
    { input: { ...input, tlsCaCert, version: await version() } },
    { cookie: admin },
  );
}

/** Queues a test e-mail and waits until it is SENT or FAILED (one attempt: the jobs run without retries). */
async function sendAndSettle(to: string) {
  const sent = await api.gql<{ sendTestEmail: { id: string } }>(TEST, { to }, { cookie: admin });
  expect(sent.errors).toBeUndefined();
  const deadline = Date.now() + 20_000;
  for (;;) {
    const res = await api.gql<{ emailMessage: { state: string; error: string | null } }>(
      MESSAGE,
      { id: sent.data!.sendTestEmail.id },
      { cookie: admin },
    );
    const m = res.data!.emailMessage;
    if (m.state === 'SENT' || m.state === 'FAILED') return m;
    if (Date.now() > deadline) throw new Error(`message still ${m.state}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

async function tlsSink(implicit: boolean) {
  const sink = await startSmtpSink({ tls: { ...server, implicit } });
  sinks.push(sink);
  return sink;
}

beforeAll(async () => {
  const caPems = await generate([{ name: 'commonName', value: 'Veza Test CA' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ],
  });
  ca = { cert: caPems.cert, key: caPems.private };
  const serverPems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    ca,
  });
  server = { cert: serverPems.cert, key: serverPems.private };
  api = await startTestApi();
  registerMailJobs(api.jobs, api.db, api.config, { retryDelay: 1, retryLimit: 0 });
  await api.jobs.start();
  const a = await api.createUser('administrator');
  admin = await api.login(a.email, a.password);
});
afterAll(async () => {
  closeTransports();
  await api.close();
  for (const sink of sinks) await sink.close();
});

describe('SMTP over TLS', () => {
  it('delivers over implicit TLS when the relay’s CA is trusted in the settings', async () => {
    const sink = await tlsSink(true);
    const saved = await configure(sink, 'TLS', ca.cert);
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.updateMailSettings.tlsCaCert).toContain('BEGIN CERTIFICATE');
    expect(await sendAndSettle('tls@example.test')).toMatchObject({ state: 'SENT', error: null });
    expect(sink.to('tls@example.test')).toHaveLength(1);
    expect(sink.messages[0]!.secure).toBe(true);
  });

  it('upgrades with STARTTLS and sends nothing in the clear', async () => {
    const sink = await tlsSink(false);
    await configure(sink, 'STARTTLS', ca.cert);
    expect(await sendAndSettle('starttls@example.test')).toMatchObject({ state: 'SENT' });
    expect(sink.to('starttls@example.test').map((m) => m.secure)).toEqual([true]);
  });

  it.each([
    ['implicit TLS', true, 'TLS'],
    ['STARTTLS', false, 'STARTTLS'],
  ] as const)('fails with a clear certificate error over %s when the CA is not trusted', async (_, implicit, mode) => {
    const sink = await tlsSink(implicit);
    await configure(sink, mode, null);
    const result = await sendAndSettle(`untrusted-${mode}@example.test`);
    expect(result.state).toBe('FAILED');
    expect(result.error).toMatch(/TLS certificate could not be verified/);
    expect(result.error).toMatch(/CA certificate that signed it in the mail settings/);
    expect(sink.messages).toHaveLength(0);
  });

  it('refuses a CA field that is not a readable certificate, naming the field', async () => {
    const sink = await tlsSink(true);
    const garbled = ca.cert.replace(/\n[A-Za-z0-9+/]{20}/, '\nAAAAAAAAAAAAAAAAAAAA');
    for (const bad of ['not a certificate', garbled]) {
      const res = await configure(sink, 'TLS', bad);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.tlsCaCert' });
      expect(res.errors?.[0]?.message).toBe('mail.validation.caCert');
    }
  });
});
