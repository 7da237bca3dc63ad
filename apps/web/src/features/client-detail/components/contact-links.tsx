// Phones, e-mails and a website as links (call, write, open).
import { Anchor, Stack } from '@mantine/core';

export function PhoneLinks({ phones }: { phones: readonly string[] }) {
  if (phones.length === 0) return null;
  return (
    <Stack gap={2}>
      {phones.map((p) => (
        <Anchor key={p} href={`tel:${p.replace(/[^\d+]/g, '')}`} size="sm">
          {p}
        </Anchor>
      ))}
    </Stack>
  );
}

export function EmailLinks({ emails }: { emails: readonly string[] }) {
  if (emails.length === 0) return null;
  return (
    <Stack gap={2}>
      {emails.map((e) => (
        <Anchor key={e} href={`mailto:${e}`} size="sm">
          {e}
        </Anchor>
      ))}
    </Stack>
  );
}

export function websiteHref(website: string): string {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}
