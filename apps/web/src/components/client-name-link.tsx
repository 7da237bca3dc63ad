// A linked client's name: a link to the client when the viewer may read it, else plain text. The API answers a
// record's `client` with null outside the viewer's client read scope and always gives `clientName`.
import { Anchor, Text, type MantineSize } from '@mantine/core';
import type { MouseEvent } from 'react';
import { Link } from 'react-router';

type Props = {
  client: { id: string } | null | undefined;
  name: string;
  /** Appended to the client's URL, e.g. `?tab=history`. */
  suffix?: string;
  size?: MantineSize;
  fw?: number;
  onClick?: (e: MouseEvent) => void;
};

export function ClientNameLink({ client, name, suffix = '', size = 'sm', fw, onClick }: Props) {
  if (!client) {
    return (
      <Text component="span" size={size} fw={fw} style={{ overflowWrap: 'anywhere' }}>
        {name}
      </Text>
    );
  }
  return (
    <Anchor
      component={Link}
      to={`/clients/${client.id}${suffix}`}
      size={size}
      fw={fw}
      onClick={onClick}
      style={{ overflowWrap: 'anywhere' }}
    >
      {name}
    </Anchor>
  );
}
