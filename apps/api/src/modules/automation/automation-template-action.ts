// The SEND_TEMPLATE action: per matched record, the template rendered for each recipient — the record's client's
// persons (only with marketing consent), a role holder, or a fixed address — and stored for the once-only sender.
// Suppressed addresses (unsubscribed, bounced, an erased person's hash) and persons without consent are skipped and
// counted in the run summary.
import type { AutomationAction } from '@veza/shared';
import type { Prisma } from '../../db/prisma.ts';
import {
  loadMailTemplate,
  renderMailTemplate,
  suppressedAddresses,
  templateSenders,
  type TemplateRecipient,
} from '../mail/index.ts';
import { AutomationEmailRepository, type NewAutomationEmail } from './automation-email.repository.ts';
import type { MatchRow } from './automation.repository.ts';

type Action = Extract<AutomationAction, { type: 'SEND_TEMPLATE' }>;
type Candidate = { row: MatchRow; address: string | null; consent: boolean; to: TemplateRecipient };
export type TemplateMailCounts = { emails: number; noConsent: number; suppressed: number; noAddress: number };

const ROLE_OF = {
  ACCOUNT_MANAGER: 'account_manager_id',
  OWNER: 'owner_id',
  OWNER_MANAGER: 'owner_manager_id',
} as const;

async function candidates(repo: AutomationEmailRepository, action: Action, rows: MatchRow[]): Promise<Candidate[]> {
  if (action.to === 'ADDRESS') {
    const to = { firstName: '', lastName: '', salutation: null, clientName: null };
    return rows.map((row) => ({ row, address: action.address ?? null, consent: true, to }));
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
    return { row, address: user?.email ?? null, consent: true, to };
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
  const repo = new AutomationEmailRepository(tx);
  const all = await candidates(repo, action, rows);
  const blocked = await suppressedAddresses(tx, [...new Set(all.flatMap((c) => (c.address ? [c.address] : [])))]);
  const agentIds = [...new Set(rows.map((r) => r.account_manager_id ?? r.owner_id).filter((id): id is string => !!id))];
  const senders = new Map((await templateSenders(tx, agentIds)).map((s) => [s.id, s]));
  const mails: NewAutomationEmail[] = [];
  for (const c of all) {
    if (!c.address) counts.noAddress++;
    else if (!c.consent) counts.noConsent++;
    else if (blocked.has(c.address)) counts.suppressed++;
    else {
      const sender = senders.get(c.row.account_manager_id ?? c.row.owner_id ?? '') ?? { name: '', signature: '' };
      const { subject, html } = renderMailTemplate(template, c.to, sender);
      mails.push({ recordId: c.row.id, occurrence: c.row.occurrence, toAddress: c.address, subject, html });
    }
  }
  counts.emails = await repo.insert(ruleId, mails);
  return counts;
}
