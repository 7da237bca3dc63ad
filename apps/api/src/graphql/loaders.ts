// All DataLoaders of one request, created fresh per request so nothing is cached across users — and only on first
// use: a request reading clients builds the client, user and dictionary loaders, not the other modules' (`me` none).
import type { Db } from '../db/prisma.ts';
import { createActivitiesLoaders } from '../modules/activities/activities.loaders.ts';
import { createCampaignsLoaders } from '../modules/campaigns/campaigns.loaders.ts';
import { createClientsLoaders } from '../modules/clients/clients.loaders.ts';
import { createDictionaryLoaders } from '../modules/dictionaries/dictionaries.loaders.ts';
import { createOpportunitiesLoaders } from '../modules/opportunities/index.ts';
import { createNotesLoaders } from '../modules/notes/notes.loaders.ts';
import { createPersonsLoaders } from '../modules/persons/persons.loaders.ts';
import { createUsersLoaders } from '../modules/users/users.loaders.ts';

const GROUPS = [
  createUsersLoaders,
  createDictionaryLoaders,
  createClientsLoaders,
  createPersonsLoaders,
  createActivitiesLoaders,
  createCampaignsLoaders,
  createOpportunitiesLoaders,
  createNotesLoaders,
] as const;

export type Loaders = ReturnType<typeof createUsersLoaders> &
  ReturnType<typeof createDictionaryLoaders> &
  ReturnType<typeof createClientsLoaders> &
  ReturnType<typeof createPersonsLoaders> &
  ReturnType<typeof createActivitiesLoaders> &
  ReturnType<typeof createCampaignsLoaders> &
  ReturnType<typeof createOpportunitiesLoaders> &
  ReturnType<typeof createNotesLoaders>;

type Instance = { db: Db; made: (Record<string, unknown> | undefined)[] };

/** One prototype per process: a getter per loader name that builds that loader's module group once per request. */
let prototype: object | null = null;

function loadersPrototype(db: Db): object {
  if (prototype) return prototype;
  const proto = {};
  GROUPS.forEach((create, group) => {
    for (const name of Object.keys(create(db))) {
      Object.defineProperty(proto, name, {
        get(this: Instance) {
          const made = (this.made[group] ??= create(this.db) as Record<string, unknown>);
          return made[name];
        },
        enumerable: true,
      });
    }
  });
  prototype = proto;
  return proto;
}

export function createLoaders(db: Db): Loaders {
  const instance: Instance = Object.assign(Object.create(loadersPrototype(db)) as Instance, { db, made: [] });
  return instance as Instance & Loaders;
}
