// The campaign sending service against a real SMTP server: each address once, consent and suppression re-checked,
// RFC 8058 headers inside DKIM, one-click unsubscribe mid-campaign, 4xx retried / 5xx failed, activities written,
// two senders at once without duplicates, and senders killed -9 mid-send losing nobody.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoot } from '../../config/paths.ts';
import { globalId } from '../../graphql/ids.ts';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { runCampaignSender } from './index.ts';

let api: TestApi;
let sink: SmtpSink;
let authorId: string;
let author: string;
let approver: string;
const { privateKey } = crypto.generateKeyPairSync('rsa', {
  modulusLength: 1024,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});

/** `count` consenting persons with addresses, each a contact of one client, in a new group; returns the group row id. */
async function group(prefix: string, count: number, extraPersonIds: string[] = []) {
  const client = await api.db.client.create({
    data: { kind: 'LEGAL', name: `${prefix} Ltd`, accountManagerId: authorId },
  });
  const g = await api.db.mailingGroup.create({ data: { name: prefix, createdById: authorId } });
  const persons = Array.from({ length: count }, (_, i) => ({
    id: crypto.randomUUID(),
    firstName: `P${i}`,
    lastName: 'Test',
    emails: [`${prefix}-${i}@example.test`],
    marketingConsent: true,
  }));
  await api.db.person.createMany({ data: persons });
  await api.db.clientPerson.createMany({ data: persons.map((p) => ({ clientId: client.id, personId: p.id })) });
  const ids = [...persons.map((p) => p.id), ...extraPersonIds];
  await api.db.mailingGroupMember.createMany({
    data: ids.map((personId) => ({ groupId: g.id, personId, addedById: authorId })),
  });
  return { groupId: g.id, personIds: persons.map((p) => p.id), clientId: client.id };
}

async function approved(name: string, groupIds: string[]) {
  const input = {
    name,
    language: 'pl',
    subject: 'Oferta {{client.name}}',
    bodyHtml: '<p>{{salutation}},</p><p><a href="{{unsubscribeUrl}}">x</a></p>',
    groupIds: groupIds.map((g) => globalId('MailingGroup', g)),
  };
  const FIELDS = '{ id version state }';
  let c = (
    await api.gql<{ createEmailCampaign: { id: string; version: number } }>(
      `mutation($input: EmailCampaignInput!) { createEmailCampaign(input: $input) ${FIELDS} }`,
      { input },
      { cookie: author },
    )
  ).data!.createEmailCampaign;
  for (const [step, cookie] of [
    ['submit', author],
    ['approve', approver],
  ] as const) {
    const res = await api.gql<Record<string, { id: string; version: number }>>(
      `mutation($input: EmailCampaignTransitionInput!) { ${step}EmailCampaign(input: $input) ${FIELDS} }`,
      { input: { id: c.id, version: c.version } },
      { cookie },
    );
    c = res.data![`${step}EmailCampaign`]!;
  }
  return { globalId: c.id, rowId: Buffer.from(c.id, 'base64').toString().split(':')[1]! };
}

const recipientsTo = (prefix: string) => sink.messages.filter((m) => m.envelope.to[0]!.startsWith(`${prefix}-`));

beforeAll(async () => {
  sink = await startSmtpSink();
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  const [a, b, admin] = await Promise.all([
    api.createUser('manager', { name: 'Author' }),
    api.createUser('manager'),
    api.createUser('administrator'),
  ]);
  authorId = a.id;
  [author, approver] = [await api.login(a.email, a.password), await api.login(b.email, b.password)];
  const settings = {
    host: sink.host,
    port: sink.port,
    security: 'NONE',
    fromAddress: 'news@example.test',
    ratePerSecond: 1000,
    dkimDomain: 'example.test',
    dkimSelector: 's1',
    dkimPrivateKey: privateKey,
    version: 0,
  };
  const saved = await api.gql(
    `mutation($i: UpdateMailSettingsInput!) { updateMailSettings(input: $i) { version } }`,
    { i: settings },
    { cookie: await api.login(admin.email, admin.password) },
  );
  expect(saved.errors).toBeUndefined();
});
afterAll(async () => {
  await api.close();
  await sink.close();
});

describe('sending a campaign', () => {
  it('mails each consenting, unsuppressed address once, with one-click unsubscribe headers signed by DKIM', async () => {
    const one = await group('basic', 4);
    const two = await group('basic2', 0, [one.personIds[0]!]);
    await api.db.person.update({ where: { id: one.personIds[2]! }, data: { marketingConsent: false } });
    await api.db.emailSuppression.create({ data: { address: 'basic-3@example.test', reason: 'BOUNCED' } });
    const c = await approved('Basic', [one.groupId, two.groupId]);
    // Consent withdrawn after the recipients were made is caught at send time too.
    await runCampaignSender(api.db, api.config, 'w1', { stop: () => false, batchSize: 1, retrySeconds: 0 });
    const got = recipientsTo('basic');
    expect(got.map((m) => m.envelope.to[0]).sort()).toEqual(['basic-0@example.test', 'basic-1@example.test']);
    const mail = got[0]!;
    expect(mail.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    expect(mail.raw).toMatch(/^List-Unsubscribe:\s+<http:\/\/localhost:\d+\/api\/unsubscribe\/[0-9a-f]{64}>/m);
    expect(mail.raw).toMatch(/h=[^;]*List-Unsubscribe:List-Unsubscribe-Post/i);
    expect(mail.parsed.subject).toBe('Oferta basic Ltd');
    expect(mail.parsed.from!.value[0]).toEqual({ name: 'Author', address: 'news@example.test' });
    const row = await api.db.emailCampaign.findUniqueOrThrow({ where: { id: c.rowId } });
    expect(row.state).toBe('SENT');
    const activities = await api.db.activity.count({
      where: { clientId: one.clientId, subject: 'Basic', status: 'DONE' },
    });
    expect(activities).toBe(2);
    const states = await api.db.emailCampaignRecipient.groupBy({
      by: ['state'],
      where: { campaignId: c.rowId },
      _count: true,
    });
    expect(Object.fromEntries(states.map((s) => [s.state, s._count]))).toEqual({ SENT: 2, SUPPRESSED: 1 });
  });

  it('stops mailing an address that unsubscribes mid-campaign (one-click POST without a session)', async () => {
    const g = await group('unsub', 3);
    const c = await approved('Unsub', [g.groupId]);
    let batches = 0;
    await runCampaignSender(api.db, api.config, 'w1', { stop: () => batches++ >= 1, batchSize: 1 });
    expect(recipientsTo('unsub')).toHaveLength(1);
    const rows = await api.db.emailCampaignRecipient.findMany({
      where: { campaignId: c.rowId, state: 'QUEUED' },
      orderBy: { id: 'asc' },
    });
    const target = rows[0]!;
    const page = await api.raw(`/api/unsubscribe/${target.unsubscribeToken}`);
    expect(await page.text()).toContain('<form method="post">');
    const post = await api.raw(`/api/unsubscribe/${target.unsubscribeToken}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(post.status).toBe(200);
    expect((await api.raw('/api/unsubscribe/' + 'f'.repeat(64), { method: 'POST' })).status).toBe(404);
    await runCampaignSender(api.db, api.config, 'w1', { batchSize: 1 });
    expect(recipientsTo('unsub').map((m) => m.envelope.to[0])).not.toContain(target.address);
    expect(recipientsTo('unsub')).toHaveLength(2);
    const person = await api.db.person.findUniqueOrThrow({ where: { id: target.personId } });
    expect(person).toMatchObject({ marketingConsent: false, consentSource: 'unsubscribe link' });
    expect(await api.db.emailSuppression.findUnique({ where: { address: target.address } })).toMatchObject({
      reason: 'UNSUBSCRIBED',
    });
  });

  it('pauses at the next batch and resumes, with the progress counts on the campaign', async () => {
    const g = await group('pause', 3);
    const c = await approved('Pause', [g.groupId]);
    let batches = 0;
    await runCampaignSender(api.db, api.config, 'w1', { stop: () => batches++ >= 1, batchSize: 1 });
    const READ = `query($id: ID!) { emailCampaign(id: $id) { state version progress { total queued sent } } }`;
    type Read = {
      emailCampaign: { state: string; version: number; progress: { total: number; queued: number; sent: number } };
    };
    let read = (await api.gql<Read>(READ, { id: c.globalId }, { cookie: author })).data!.emailCampaign;
    expect(read).toMatchObject({ state: 'SENDING', progress: { total: 3, queued: 2, sent: 1 } });
    const STEP = (name: string) =>
      `mutation($input: EmailCampaignTransitionInput!) { ${name}EmailCampaign(input: $input) { state } }`;
    const paused = await api.gql(
      STEP('pause'),
      { input: { id: c.globalId, version: read.version } },
      { cookie: author },
    );
    expect(paused.data).toEqual({ pauseEmailCampaign: { state: 'PAUSED' } });
    await runCampaignSender(api.db, api.config, 'w1', { batchSize: 1 });
    expect(recipientsTo('pause')).toHaveLength(1);
    read = (await api.gql<Read>(READ, { id: c.globalId }, { cookie: author })).data!.emailCampaign;
    await api.gql(STEP('resume'), { input: { id: c.globalId, version: read.version } }, { cookie: author });
    await runCampaignSender(api.db, api.config, 'w1', { batchSize: 1 });
    expect(recipientsTo('pause')).toHaveLength(3);
    read = (await api.gql<Read>(READ, { id: c.globalId }, { cookie: author })).data!.emailCampaign;
    expect(read).toMatchObject({ state: 'SENT', progress: { total: 3, queued: 0, sent: 3 } });
  });

  it('retries after 421/451 and fails a recipient refused with 550', async () => {
    const g = await group('retry', 3);
    sink.refuseNext(421);
    sink.refuseNext(451);
    sink.refuseRecipient('retry-2@example.test', 550);
    const c = await approved('Retry', [g.groupId]);
    await runCampaignSender(api.db, api.config, 'w1', { batchSize: 1, retrySeconds: 0 });
    sink.clearRefusals();
    expect(
      recipientsTo('retry')
        .map((m) => m.envelope.to[0])
        .sort(),
    ).toEqual(['retry-0@example.test', 'retry-1@example.test']);
    const failed = await api.db.emailCampaignRecipient.findFirstOrThrow({
      where: { campaignId: c.rowId, address: 'retry-2@example.test' },
    });
    expect(failed).toMatchObject({ state: 'FAILED' });
    expect(failed.lastError).toContain('550');
    // The campaign page lists the refusal with the relay's reply; a forged cursor is refused, naming `after`.
    const FAILURES = `query($id: ID!, $after: String) { emailCampaign(id: $id) {
      failures(first: 5, after: $after) { totalCount pageInfo { hasNextPage } edges { node { address error } } } } }`;
    type Failures = {
      emailCampaign: { failures: { totalCount: number; edges: { node: { address: string; error: string } }[] } };
    };
    const page = await api.gql<Failures>(FAILURES, { id: c.globalId }, { cookie: author });
    expect(page.data!.emailCampaign.failures.totalCount).toBe(1);
    expect(page.data!.emailCampaign.failures.edges.map((e) => e.node.address)).toEqual(['retry-2@example.test']);
    expect(page.data!.emailCampaign.failures.edges[0]!.node.error).toContain('550');
    const forged = await api.gql(FAILURES, { id: c.globalId, after: 'not-a-cursor' }, { cookie: author });
    expect(forged.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('sends no address twice with two senders working at once', async () => {
    const g = await group('pair', 300);
    await approved('Pair', [g.groupId]);
    await Promise.all([
      runCampaignSender(api.db, api.config, 'left', { batchSize: 20 }),
      runCampaignSender(api.db, api.config, 'right', { batchSize: 20 }),
    ]);
    const to = recipientsTo('pair').map((m) => m.envelope.to[0]);
    expect(to).toHaveLength(300);
    expect(new Set(to).size).toBe(300);
  }, 60_000);

  it('loses nobody when sending processes are killed -9 20 times during a 5 000-recipient send; duplicates stay within the batches in flight', async () => {
    const TOTAL = 5000;
    const KILLS = 20;
    const BATCH = 50;
    const LEASE_SECONDS = 1;
    sink.envelopesOnly('kill-');
    const g = await group('kill', TOTAL);
    const c = await approved('Kill', [g.groupId]);
    await runCampaignSender(api.db, api.config, 'starter', { stop: () => true });
    const fixture = path.join(apiRoot, 'src/modules/mail/campaign-sender.fixture.ts');
    const env = {
      ...process.env,
      FIXTURE_DATABASE_URL: api.databaseUrl,
      FIXTURE_DATA_DIR: api.config.dataDir,
      FIXTURE_CAMPAIGN_ID: c.rowId,
      FIXTURE_BATCH_SIZE: String(BATCH),
      FIXTURE_LEASE_SECONDS: String(LEASE_SECONDS),
    };
    const started = Date.now();
    const spawnSender = () =>
      spawn(process.execPath, ['--import', 'tsx', fixture], { cwd: apiRoot, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let next = spawnSender();
    let killed = 0;
    const unexpectedExits: string[] = [];
    // Each process is killed after 1-3 batches (spread over the whole send), 0-40 ms into the next one. The next
    // process is already loaded and starts at once; the dead one's leased batch waits until its lease has run out.
    for (let run = 0; run <= KILLS; run++) {
      const child = next;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      let stderr = '';
      child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
      child.once('exit', (code) => {
        if (code) unexpectedExits.push(`exit ${code}: ${stderr.slice(0, 2000)}`);
      });
      if (run === KILLS) {
        await new Promise((r) => setTimeout(r, LEASE_SECONDS * 1000 + 200));
        child.stdin!.write('go\n');
        await exited;
        break;
      }
      next = spawnSender();
      const after = 1 + (run % 3);
      const finished = await new Promise<boolean>((resolve) => {
        let seen = 0;
        child.stdout!.on('data', (chunk: Buffer) => {
          seen += (chunk.toString().match(/batch:[1-9]/g) ?? []).length;
          if (seen >= after) resolve(false);
        });
        child.once('exit', () => resolve(true));
        child.stdin!.write('go\n');
      });
      if (finished) continue;
      await new Promise((r) => setTimeout(r, (run * 7) % 40));
      child.kill('SIGKILL');
      killed++;
      await exited;
    }
    const to = sink.envelopes.map((e) => e.to[0]!).filter((a) => a.startsWith('kill-'));
    const distinct = new Set(to);
    console.info(`kill -9 test: ${killed} kills, ${to.length} mails, ${Date.now() - started} ms`);
    expect(killed).toBe(KILLS);
    expect(unexpectedExits).toEqual([]);
    expect(distinct.size).toBe(TOTAL);
    // Each kill can leave at most its batch in flight sent but not recorded, which a later sender sends again.
    expect(to.length - distinct.size).toBeLessThanOrEqual(KILLS * BATCH);
    expect(await api.db.emailCampaignRecipient.count({ where: { campaignId: c.rowId, state: 'SENT' } })).toBe(TOTAL);
    expect((await api.db.emailCampaign.findUniqueOrThrow({ where: { id: c.rowId } })).state).toBe('SENT');
  }, 300_000);
});
