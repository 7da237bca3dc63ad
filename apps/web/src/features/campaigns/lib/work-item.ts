// Pure helpers of the agent's work view: whom to call first, and the call that is still open on an item.

interface PersonLink {
  isPrimary: boolean;
  person: { id: string };
}

/** The primary contact person, else the first one linked. */
export function primaryPersonId(links: readonly PersonLink[]): string | undefined {
  return (links.find((l) => l.isPrimary) ?? links[0])?.person.id;
}

interface ItemActivity {
  id: string;
  status: string;
}

/** The latest planned activity of the item: a call logged but not closed with a result yet. */
export function openCall<T extends ItemActivity>(activities: readonly T[]): T | undefined {
  return [...activities].reverse().find((a) => a.status === 'PLANNED');
}

/** Digits and a leading + only, as a tel: link needs. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** What the call is about: the campaign's name without the " – <agent>" the generation appended. */
export function callSubject(campaign: { name: string; agent: { name: string } }): string {
  const suffix = ` – ${campaign.agent.name}`;
  return campaign.name.endsWith(suffix) ? campaign.name.slice(0, -suffix.length) : campaign.name;
}
