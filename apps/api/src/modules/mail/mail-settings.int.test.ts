// Mail settings and the test e-mail, against a real SMTP server: secrets sealed and never returned, permissions,
// header injection refused, per-user sender name and signature, DKIM, 4xx retried and 5xx failed.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.ts';
import { registerMailJobs } from './index.ts';

let api: TestApi;
let sink: SmtpSink;
let admin: string;
let agent: string;
const PASSWORD = 'relay-pass-Zq81!';
const { privateKey: DKIM_KEY } = crypto.generateKeyPairSync('rsa', {
  modulusLength: 1024,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});

const SETTINGS = `query { mailSettings { host port security username passwordSet fromAddress fromName ratePerSecond
  dkimDomain dkimSelector dkimKeySet configured version } }`;
const UPDATE = `mutation($input: UpdateMailSettingsInput!) { updateMailSettings(input: $input) {
  host port username passwordSet fromName dkimKeySet configured version } }`;
const TEST = `mutation($to: String!) { sendTestEmail(to: $to) { id messageId state to subject } }`;
const MESSAGE = `query($id: ID!) { emailMessage(id: $id) { state attempts error sentAt } }`;
const PROFILE = `mutation($input: UpdateMailProfileInput!) { updateMyMailProfile(input: $input) { fromName signature version } }`;

type Settings = { version: number; passwordSet: boolean; dkimKeySet: boolean; fromName: string | null };

function input(version: number, extra: Record<string, unknown> = {}) {
  return {
    host: sink.host,
    port: sink.port,
    security: 'NONE',
    username: 'veza',
    fromAddress: 'crm@example.test',
    fromName: 'Veza CRM',
    ratePerSecond: 50,
    dkimDomain: 'example.test',
    dkimSelector: 's1',
    version,
    ...extra,
  };
}

async function save(version: number, extra: Record<string, unknown> = {}) {
  return api.gql<{ updateMailSettings: Settings }>(UPDATE, { input: input(version, extra) }, { cookie: admin });
}

async function current(): Promise<number> {
  const res = await api.gql<{ mailSettings: Settings }>(SETTINGS, {}, { cookie: admin });
  return res.data!.mailSettings.version;
}

async function sendTest(to: string) {
  const res = await api.gql<{ sendTestEmail: { id: string; messageId: string; state: string } }>(
    TEST,
    { to },
    { cookie: admin },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.sendTestEmail;
}

async function settled(id: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await api.gql<{ emailMessage: { state: string; attempts: number; error: string | null } }>(
      MESSAGE,
      { id },
      { cookie: admin },
    );
    const m = res.data!.emailMessage;
    if (m.state === 'SENT' || m.state === 'FAILED') return m;
    if (Date.now() > deadline) throw new Error(`message still ${m.state}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  sink = await startSmtpSink({ auth: { user: 'veza', password: PASSWORD } });
  api = await startTestApi();
  registerMailJobs(api.jobs, api.db, api.config, { retryDelay: 1, retryLimit: 2 });
  await api.jobs.start();
  const a = await api.createUser('administrator', { name: 'Ana Admin' });
  const g = await api.createUser('agent');
  admin = await api.login(a.email, a.password);
  agent = await api.login(g.email, g.password);
});
afterAll(async () => {
  await api.close();
  await sink.close();
});

describe('mail settings', () => {
  it('start empty and unconfigured', async () => {
    const res = await api.gql<{ mailSettings: Settings & { configured: boolean } }>(SETTINGS, {}, { cookie: admin });
    expect(res.data!.mailSettings).toMatchObject({ version: 0, configured: false, passwordSet: false, port: 587 });
  });

  it('are closed to users without mail.settings and to anonymous callers', async () => {
    expect(errorCode(await api.gql(SETTINGS, {}, { cookie: agent }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(UPDATE, { input: input(0) }, { cookie: agent }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(TEST, { to: 'x@example.test' }, { cookie: agent }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(SETTINGS))).toBe('UNAUTHENTICATED');
  });

  it('refuse a test e-mail before they are configured', async () => {
    const res = await api.gql(TEST, { to: 'x@example.test' }, { cookie: admin });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'settings' });
  });

  it('store the password and DKIM key sealed, say only that they are set, and never return them', async () => {
    const res = await save(0, { password: PASSWORD, dkimPrivateKey: DKIM_KEY });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateMailSettings).toMatchObject({ passwordSet: true, dkimKeySet: true, version: 1 });
    const row = await api.db.mailSettings.findUniqueOrThrow({ where: { id: 1 } });
    expect(row.passwordEnc).toMatch(/^v1:/);
    expect(JSON.stringify(row)).not.toContain(PASSWORD);
    expect(JSON.stringify(row)).not.toContain('PRIVATE KEY');
    const read = await api.gql(SETTINGS, {}, { cookie: admin });
    expect(JSON.stringify(read)).not.toContain(PASSWORD);
    expect(read.data).toMatchObject({ mailSettings: { passwordSet: true, dkimKeySet: true, configured: true } });
  });

  it('keep the secrets when saved without them, and refuse a stale version', async () => {
    const version = await current();
    const kept = await save(version, { fromName: 'Veza Sales' });
    expect(kept.data!.updateMailSettings).toMatchObject({
      passwordSet: true,
      dkimKeySet: true,
      fromName: 'Veza Sales',
    });
    expect(errorCode(await save(version))).toBe('CONFLICT');
  });

  it.each([
    ['fromName', { fromName: 'Veza\r\nBcc: victim@example.test' }],
    ['fromName', { fromName: 'Veza\nX-Injected: 1' }],
    ['fromAddress', { fromAddress: 'not an address' }],
    ['host', { host: 'smtp.example.test:25/x' }],
    ['port', { port: 70000 }],
    ['dkimSelector', { dkimDomain: 'example.test', dkimSelector: null }],
    ['dkimPrivateKey', { dkimPrivateKey: 'not a key' }],
  ])('refuse a bad %s naming the field', async (field, extra) => {
    const res = await save(await current(), extra);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: `input.${field}` });
  });
});

describe('the test e-mail', () => {
  it('goes through the relay with the stored password, a fixed Message-ID, DKIM and the user’s sender profile', async () => {
    const profile = await api.gql(
      PROFILE,
      {
        input: {
          fromName: 'Ana from Veza',
          signature: '<p>Ana<script>alert(1)</script><img src=x onerror=alert(1)></p>',
          version: 0,
        },
      },
      { cookie: admin },
    );
    expect(profile.data).toMatchObject({
      updateMyMailProfile: { fromName: 'Ana from Veza', signature: '<p>Ana<img src="x" /></p>' },
    });
    const before = sink.messages.length;
    const queued = await sendTest('Owner@Example.test');
    expect(queued.state).toBe('QUEUED');
    expect(await settled(queued.id)).toMatchObject({ state: 'SENT', attempts: 1 });
    const [mail] = (await sink.waitFor(before + 1)).slice(before);
    expect(mail!.user).toBe('veza');
    expect(mail!.envelope.to).toEqual(['owner@example.test']);
    expect(mail!.parsed.messageId).toBe(queued.messageId);
    expect(mail!.parsed.from!.value[0]).toEqual({ name: 'Ana from Veza', address: 'crm@example.test' });
    expect(mail!.parsed.subject).toBe('Veza test e-mail');
    expect(mail!.parsed.html).toContain('<p>Ana<img src="x" /></p>');
    expect(mail!.parsed.html).not.toContain('script');
    expect(mail!.parsed.text).toContain('This is a test e-mail from Veza, sent by Ana Admin.');
    expect(mail!.raw).toMatch(/^DKIM-Signature: v=1; a=rsa-sha256; c=relaxed\/relaxed; d=example.test;[\s\S]*s=s1;/m);
    expect(mail!.raw).not.toContain(PASSWORD);
  });

  it('refuses a from-name with a line break in the user’s profile', async () => {
    const res = await api.gql(
      PROFILE,
      { input: { fromName: 'Ana\r\nBcc: x@example.test', version: 1 } },
      { cookie: admin },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fromName' });
  });

  it('is retried after a temporary refusal (421, 451) and then delivered', async () => {
    sink.refuseNext(421);
    sink.refuseNext(451);
    const before = sink.messages.length;
    const queued = await sendTest('retry@example.test');
    expect(await settled(queued.id, 30_000)).toMatchObject({ state: 'SENT', attempts: 3 });
    await sink.waitFor(before + 1);
    expect(sink.to('retry@example.test')).toHaveLength(1);
  });

  it('fails at once on a permanent refusal (550), with the server’s reason', async () => {
    sink.refuseRecipient('gone@example.test', 550, 'No such user here');
    const queued = await sendTest('gone@example.test');
    const done = await settled(queued.id);
    expect(done).toMatchObject({ state: 'FAILED', attempts: 1 });
    expect(done.error).toContain('550');
    expect(sink.to('gone@example.test')).toHaveLength(0);
  });

  it('fails with the relay’s reason when the stored password is wrong', async () => {
    const v = await current();
    expect((await save(v, { password: 'wrong-password' })).errors).toBeUndefined();
    const done = await settled((await sendTest('auth@example.test')).id);
    expect(done).toMatchObject({ state: 'FAILED' });
    expect(done.error).toContain('535');
    expect((await save(v + 1, { password: PASSWORD })).errors).toBeUndefined();
  });

  it('removes a stored password when given an empty one', async () => {
    const res = await save(await current(), { password: '', username: null });
    expect(res.data!.updateMailSettings).toMatchObject({ passwordSet: false, username: null });
  });
});
