// Which saved view is selected: ?view=<id> in the URL wins, else the last one used in this browser.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '../../../lib/session.tsx';

import type { SavedViewEntity } from './list-view.ts';

const LIST = { CLIENT: 'clients', OPPORTUNITY: 'opportunities' } as const;
const storageKey = (entity: SavedViewEntity, userId: string) => `veza.${LIST[entity]}.view.${userId}`;

function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStored(key: string, id: string | null) {
  try {
    if (id) localStorage.setItem(key, id);
    else localStorage.removeItem(key);
  } catch {
    // Private mode or storage full: the view is simply not remembered.
  }
}

export function useRememberedView(entity: SavedViewEntity) {
  const { user } = useSession();
  const key = storageKey(entity, user.id);
  const [params, setParams] = useSearchParams();
  const [selectedId, setSelectedId] = useState<string | null>(() => params.get('view') ?? readStored(key));

  const select = (id: string | null) => {
    setSelectedId(id);
    writeStored(key, id);
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id) next.set('view', id);
        else next.delete('view');
        return next;
      },
      { replace: true },
    );
  };
  return { selectedId, select };
}
