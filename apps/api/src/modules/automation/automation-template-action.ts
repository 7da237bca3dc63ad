// The SEND_TEMPLATE action: per matched record, the template rendered for each recipient — the record's client's
// persons (only with marketing consent), a role holder, or a fixed address — and stored for the once-only sender.
// Suppressed addresses (unsubscribed, bounced, an erased person's hash) and persons without consent are skipped and
// counted in the run summary.
import crypto from 'node:crypto';
import type { AutomationAction } from '@veza/shared';
import type { Prisma } from '../../db/prisma.ts';
import {
  loadMailTemplate,
  outboxTemplateMails,
  renderMailTemplate,
  suppressedAddresses,
  templateSenders,
  UNSUBSCRIBE_URL_MARK,
  type NewTemplateMail,
  type TemplateRecipient,
} from '../mail/index.ts';
import { AutomationRecipientsRepository } from './automation-recipients.repository.ts';
import type { MatchRow } from './automation.repository.ts';

type Action = Extract<AutomationAction, { type: 'SEND_TEMPLATE' }>;
/** `personId`: a contact person (marketing mail, with a one-click unsubscribe link); null for colleagues. */
type Candidate = {
  row: MatchRow;
  address: string | null;
  consent: boolean;
  to: TemplateRecipient;
  personId: string | null;
};
export type TemplateMailCounts = { emails: number; noConsent: number; suppressed: number; noAddress: number };

const ROLE_OF = {
  ACCOUNT_MANAGER: 'account_manager_id',
  OWNER: 'owner_id',
  OWNER_MANAGER: 'owner_manager_id',
} as const;

async function candidates(
  repo: AutomationRecipientsRepository,
  action: Action,
  rows: MatchRow[],
): Promise<Candidate[]> {
  if (action.to === 'ADDRESS') {
    const to = { firstName: '', lastName: '', salutation: null, clientName: null };
    return rows.map((row) => ({ row, address: action.address ?? null, consent: true, to, personId: null }));
  }
  if (action.to === 'PERSONS') {
    const persons = await repo.clientPersons([...new Set(rows.map((r) => r.client_id))]);
    return rows.flatMap((row) =>
      persons
        .filter((p) => p.client_id === row.client_id)
        .map((p) => ({
          row,
          address: p.email,
          consent: p.consent,
          personId: p.person_id,
          to: { firstName: p.first_name, lastName: p.last_name, salutation: p.salutation, clientName: p.client_name },
        })),
    );
  }
  const column = ROLE_OF[action.to];
  const ids = [...new Set(rows.map((r) => r[column]).filter((id): id is string => !!id))];
  const users = new Map((await repo.users(ids)).map((u) => [u.id, u]));
  return rows.map((row) => {
    const user = users.get(row[column] ?? '');
    const [firstName = '', ...rest] = (user?.name ?? '').split(' ');
    const to = { firstName, lastName: rest.join(' '), salutation: null, clientName: null };
    // Colleagues get the rule's mail about their own work: no marketing consent involved.
    return { row, address: user?.email ?? null, consent: true, to, personId: null };
  });
}

/** Renders and stores the action's e-mails for `rows` (inside the run's transaction); returns what it did. */
export async function sendTemplateAction(
  tx: Prisma.TransactionClient,
  ruleId: string,
  action: Action,
  rows: MatchRow[],
): Promise<TemplateMailCounts> {
  const counts = { emails: 0, noConsent: 0, suppressed: 0, noAddress: 0 };
  const template = await loadMailTemplate(tx, action.templateId);
  if (!template) throw new Error(`E-mail template ${action.templateId} no longer exists`);
  const repo = new AutomationRecipientsRepository(tx);
  const all = await candidates(repo, action, rows);
  const blocked = await suppressedAddresses(tx, [...new Set(all.flatMap((c) => (c.address ? [c.address] : [])))]);
  const agentIds = [...new Set(rows.map((r) => r.account_manager_id ?? r.owner_id).filter((id): id is string => !!id))];
  const senders = new Map((await templateSenders(tx, agentIds)).map((s) => [s.id, s]));
  const mails: NewTemplateMail[] = [];
  for (const c of all) {
    if (!c.address) counts.noAddress++;
    else if (!c.consent) counts.noConsent++;
    else if (blocked.has(c.address)) counts.suppressed++;
    else {
      const sender = senders.get(c.row.account_manager_id ?? c.row.owner_id ?? '') ?? { name: '', signature: '' };
      // A person's mail gets its own one-click unsubscribe token; the outbox puts the URL in at send time.
      const token = c.personId ? crypto.randomBytes(32).toString('hex') : null;
      const { subject, html } = renderMailTemplate(template, c.to, sender, token ? UNSUBSCRIBE_URL_MARK : '');
      const { id: recordId, occurrence } = c.row;
      mails.push({
        recordId,
        occurrence,
        toAddress: c.address,
        subject,
        html,
        personId: c.personId,
        unsubscribeToken: token,
      });
    }
  }
  counts.emails = await outboxTemplateMails(tx, ruleId, mails);
  return counts;
}
