// The mail workload: an approved campaign to N consenting persons is sent by the API's own background sender to a
// real SMTP server (smtp-server in this process, counting envelopes), timed from approval to SENT → messages per
// second (target ≥ 500). Meanwhile the client list is timed; its p95 during the send ÷ its p95 idle just before is
// the second figure (target ≤ 1.2). Correctness is checked every run: every SENT recipient arrived exactly once,
// nobody is left queued, and the history has one SENDING → SENT entry. Everything it made is deleted afterwards.
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { SMTPServer } from 'smtp-server';
import type { GraphQLClient } from '../graphql-client.ts';
import { formatMs, formatRatio, percentile, ratio, verdict } from '../stats.ts';
import { SELECTIVE_FILTER } from './clients.ts';

export const MAIL_WORKLOAD_ID = 'mail-send';
const SEND_TARGET = 500;
const P95_TARGET = 1.2;
const TIMEOUT_MS = 15 * 60_000;

const LIST = `query BenchMailClientList($filter: ClientFilter) {
  clients(filter: $filter, orderBy: [{ field: NAME, direction: ASC }], first: 50) {
    edges { node { id name city status { label } accountManager { name } } }
  }
}`;

type Options = { api: GraphQLClient; pg: pg.Client; adminId: string };
/** `seconds`: approval to SENT; `perSecond`: messages ÷ the time from the first message to the last. */
export type MailFigures = { messages: number; seconds: number; perSecond: number; p95Ratio: number };

/** An SMTP server that takes everything and counts, per address, how many messages it received. */
async function startCountingSink() {
  const received = new Map<string, number>();
  let messages = 0;
  const span = { first: 0, last: 0 };
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    maxClients: 64,
    onData(stream, session, callback) {
      stream.on('end', () => {
        messages++;
        span.last = performance.now();
        if (messages === 1) span.first = span.last;
        for (const r of session.envelope.rcptTo)
          received.set(r.address.toLowerCase(), (received.get(r.address.toLowerCase()) ?? 0) + 1);
        callback();
      });
      stream.resume();
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    /** Seconds from the first message to the last. */
    deliverySeconds: () => (span.last - span.first) / 1000,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function configure(api: GraphQLClient, port: number) {
  const { mailSettings } = await api.request<{ mailSettings: { version: number } }>('{ mailSettings { version } }');
  const input = {
    host: '127.0.0.1',
    port,
    security: 'NONE',
    fromAddress: 'bench@veza.invalid',
    // The relay's rate limit (a mail setting): 600/s, above the 500/s target. Unthrottled (1 000/s) the sender takes
    // ~800/s on the 2-core machine, and the API, PostgreSQL and this process's SMTP sink then share the cores so
    // that the client list's p95 rises ~1.4× (docs/PERFORMANCE.md, "The sender on an idle machine").
    ratePerSecond: 600,
    allowSelfApproval: true,
    version: mailSettings.version,
  };
  await api.request('mutation($i: UpdateMailSettingsInput!) { updateMailSettings(input: $i) { version } }', {
    i: input,
  });
}

/** A group of the first `n` live consenting persons with an address (set-based), and a campaign to it, submitted. */
async function prepare(o: Options, name: string, n: number) {
  const { createMailingGroup } = await o.api.request<{ createMailingGroup: { id: string } }>(
    'mutation($i: CreateMailingGroupInput!) { createMailingGroup(input: $i) { id } }',
    { i: { name } },
  );
  await o.pg.query(
    `INSERT INTO mailing_group_members (group_id, person_id, added_by_id)
     SELECT (SELECT id FROM mailing_groups WHERE name = $1 AND deleted_at IS NULL), p.id, $2::uuid FROM persons p
     WHERE p.marketing_consent AND cardinality(p.emails) > 0 AND p.deleted_at IS NULL ORDER BY p.id LIMIT $3`,
    [name, o.adminId, n],
  );
  const input = {
    name,
    language: 'en',
    subject: 'Bench {{client.name}}',
    bodyHtml: '<p>{{salutation}},</p><p>A benchmark message.</p><p><a href="{{unsubscribeUrl}}">Unsubscribe</a></p>',
    groupIds: [createMailingGroup.id],
  };
  const { createEmailCampaign: c } = await o.api.request<{ createEmailCampaign: { id: string; version: number } }>(
    'mutation($i: EmailCampaignInput!) { createEmailCampaign(input: $i) { id version } }',
    { i: input },
  );
  const { submitEmailCampaign: s } = await o.api.request<{ submitEmailCampaign: { version: number } }>(
    'mutation($i: EmailCampaignTransitionInput!) { submitEmailCampaign(input: $i) { version } }',
    { i: { id: c.id, version: c.version } },
  );
  return { id: c.id, version: s.version };
}

async function timeList(api: GraphQLClient): Promise<number> {
  const started = performance.now();
  await api.request(LIST, { filter: SELECTIVE_FILTER });
  return performance.now() - started;
}

async function campaignState(pg: pg.Client, name: string): Promise<string | undefined> {
  const { rows } = await pg.query<{ state: string }>('SELECT state::text FROM email_campaigns WHERE name = $1', [name]);
  return rows[0]?.state;
}

/** Approves, then times the client list in a loop until the campaign is SENT; returns the send time and latencies. */
async function sendAndMeasure(o: Options, name: string, campaign: { id: string; version: number }) {
  const started = performance.now();
  await o.api.request('mutation($i: EmailCampaignTransitionInput!) { approveEmailCampaign(input: $i) { id } }', {
    i: campaign,
  });
  const during: number[] = [];
  let state = await campaignState(o.pg, name);
  while (state !== 'SENT') {
    if (performance.now() - started > TIMEOUT_MS) throw new Error(`still ${state} after ${TIMEOUT_MS / 60_000} min`);
    during.push(await timeList(o.api));
    state = await campaignState(o.pg, name);
  }
  return { seconds: (performance.now() - started) / 1000, during };
}

/** Every SENT recipient arrived exactly once, nothing else arrived, nothing is left, one SENDING → SENT entry. */
async function verify(pg: pg.Client, name: string, received: Map<string, number>): Promise<number> {
  const { rows } = await pg.query<{ address: string; state: string }>(
    `SELECT r.address, r.state::text FROM email_campaign_recipients r JOIN email_campaigns c ON c.id = r.campaign_id
     WHERE c.name = $1`,
    [name],
  );
  const sent = rows.filter((r) => r.state === 'SENT');
  const left = rows.filter((r) => r.state !== 'SENT' && r.state !== 'SUPPRESSED');
  if (!sent.length) throw new Error('no recipient was sent');
  if (left.length) throw new Error(`${left.length} recipients ended ${left[0]!.state}`);
  const missing = sent.filter((r) => !received.has(r.address));
  const twice = [...received.values()].filter((n) => n > 1).length;
  const extra = [...received.keys()].filter((a) => !sent.some((r) => r.address === a));
  if (missing.length || twice || extra.length)
    throw new Error(`${missing.length} missing, ${twice} received twice, ${extra.length} not recipients`);
  const { rows: events } = await pg.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM email_campaign_events e JOIN email_campaigns c ON c.id = e.campaign_id
     WHERE c.name = $1 AND e.from_state = 'SENDING' AND e.to_state = 'SENT'`,
    [name],
  );
  if (events[0]!.n !== 1) throw new Error(`${events[0]!.n} SENDING → SENT history entries`);
  return sent.length;
}

async function cleanUp(pg: pg.Client, name: string) {
  await pg.query(`DELETE FROM activities WHERE subject = $1`, [name]);
  await pg.query(
    `WITH c AS (SELECT id FROM email_campaigns WHERE name = $1),
      r AS (DELETE FROM email_campaign_recipients WHERE campaign_id IN (SELECT id FROM c)),
      e AS (DELETE FROM email_campaign_events WHERE campaign_id IN (SELECT id FROM c))
     DELETE FROM email_campaigns WHERE id IN (SELECT id FROM c)`,
    [name],
  );
  await pg.query(
    `WITH g AS (SELECT id FROM mailing_groups WHERE name = $1),
      m AS (DELETE FROM mailing_group_members WHERE group_id IN (SELECT id FROM g))
     DELETE FROM mailing_groups WHERE id IN (SELECT id FROM g)`,
    [name],
  );
}

function printFigures(f: MailFigures, idleP95: number, duringP95: number) {
  console.log(
    `  mail-send: ${f.messages.toLocaleString('en')} messages, approval to SENT ${f.seconds.toFixed(1)} s; delivered ` +
      `${f.perSecond.toFixed(0)} msgs/s first to last (target ≥ ${SEND_TARGET}) ${f.perSecond >= SEND_TARGET ? '✓' : '✗'}; ` +
      `client list p95 idle ${formatMs(idleP95)} ms, during the send ${formatMs(duringP95)} ms — ` +
      `${formatRatio(f.p95Ratio)} (target ≤ ${P95_TARGET}) ${verdict(f.p95Ratio, P95_TARGET)}`,
  );
}

/** Runs the workload with `recipients` persons; returns its figures, or throws saying what went wrong. */
export async function runMailWorkload(o: Options, recipients: number, quick: boolean): Promise<MailFigures> {
  const sink = await startCountingSink();
  const name = `Bench mail ${Date.now()}`;
  try {
    await configure(o.api, sink.port);
    const campaign = await prepare(o, name, recipients);
    const idle: number[] = [];
    for (let i = 0; i < (quick ? 5 : 40); i++) idle.push(await timeList(o.api));
    const { seconds, during } = await sendAndMeasure(o, name, campaign);
    const messages = await verify(o.pg, name, sink.received);
    const idleP95 = percentile(idle, 95);
    const duringP95 = percentile(during, 95);
    const perSecond = messages / Math.max(sink.deliverySeconds(), 0.001);
    const figures = { messages, seconds, perSecond, p95Ratio: ratio(duringP95, idleP95) };
    printFigures(figures, idleP95, duringP95);
    return figures;
  } finally {
    await cleanUp(o.pg, name);
    await sink.close();
  }
}
