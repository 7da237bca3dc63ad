// Phones as tel: links and e-mails as mailto: links, for the client and each person on the work view.
import { Anchor, Group } from '@mantine/core';
import { telHref } from '../../lib/work-item.ts';

export function ContactLines({
  phones,
  emails,
  who,
}: {
  phones: readonly string[];
  emails: readonly string[];
  who: string;
}) {
  if (phones.length === 0 && emails.length === 0) return null;
  return (
    <Group gap="md" wrap="wrap">
      {phones.map((p) => (
        <Anchor key={p} href={telHref(p)} size="sm" fw={600} aria-label={`${p} (${who})`}>
          ☎ {p}
        </Anchor>
      ))}
      {emails.map((e) => (
        <Anchor key={e} href={`mailto:${e}`} size="sm">
          {e}
        </Anchor>
      ))}
    </Group>
  );
}
