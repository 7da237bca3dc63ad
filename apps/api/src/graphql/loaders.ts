// All DataLoaders of one request, created fresh per request so nothing is cached across users — and only on first
// use: a request reading clients builds the client, user and dictionary loaders, not the other modules' (`me` none).
// Scope-aware groups (a linked client or person, readable or not) are built for the request's current viewer and
// built again when it changes (a login inside the request), so an answer for one viewer never serves another.
import type { Db } from '../db/prisma.ts';
import { createActivitiesLoaders } from '../modules/activities/activities.loaders.ts';
import { createCampaignsLoaders } from '../modules/campaigns/campaigns.loaders.ts';
import { createClientsLoaders, createLinkedClientLoaders } from '../modules/clients/clients.loaders.ts';
import { createDictionaryLoaders } from '../modules/dictionaries/dictionaries.loaders.ts';
import { createOpportunitiesLoaders } from '../modules/opportunities/index.ts';
import { createNotesLoaders } from '../modules/notes/notes.loaders.ts';
import { createPersonScopeLoaders, createPersonsLoaders } from '../modules/persons/persons.loaders.ts';
import { createUsersLoaders } from '../modules/users/users.loaders.ts';
import type { ScopedViewer } from '../modules/visibility/index.ts';

/** Groups whose answers do not depend on who asks. */
const PLAIN = [
  createUsersLoaders,
  createDictionaryLoaders,
  createClientsLoaders,
  createPersonsLoaders,
  createActivitiesLoaders,
  createCampaignsLoaders,
  createOpportunitiesLoaders,
  createNotesLoaders,
] as const;

/** Groups built for one viewer (their batch functions apply that viewer's record scopes). */
const SCOPED = [createLinkedClientLoaders, createPersonScopeLoaders] as const;

export type Loaders = ReturnType<typeof createUsersLoaders> &
  ReturnType<typeof createDictionaryLoaders> &
  ReturnType<typeof createClientsLoaders> &
  ReturnType<typeof createPersonsLoaders> &
  ReturnType<typeof createActivitiesLoaders> &
  ReturnType<typeof createCampaignsLoaders> &
  ReturnType<typeof createOpportunitiesLoaders> &
  ReturnType<typeof createNotesLoaders> &
  ReturnType<typeof createLinkedClientLoaders> &
  ReturnType<typeof createPersonScopeLoaders>;

type Made = { group: Record<string, unknown>; viewer: ScopedViewer | null };
type Instance = { db: Db; viewer: () => ScopedViewer | null; made: (Made | undefined)[] };
type Create = (db: Db, viewer: ScopedViewer | null) => object;

/** One prototype per process: a getter per loader name that builds that loader's module group once per request. */
let prototype: object | null = null;

function defineGroup(proto: object, db: Db, create: Create, group: number, scoped: boolean) {
  for (const name of Object.keys(create(db, null))) {
    Object.defineProperty(proto, name, {
      get(this: Instance) {
        let made = this.made[group];
        if (made && !scoped) return made.group[name];
        const viewer = this.viewer();
        if (!made || made.viewer !== viewer) {
          made = { group: create(this.db, viewer) as Record<string, unknown>, viewer };
          this.made[group] = made;
        }
        return made.group[name];
      },
      enumerable: true,
    });
  }
}

function loadersPrototype(db: Db): object {
  if (prototype) return prototype;
  const proto = {};
  PLAIN.forEach((create, group) => defineGroup(proto, db, create, group, false));
  SCOPED.forEach((create, i) => defineGroup(proto, db, create, PLAIN.length + i, true));
  prototype = proto;
  return proto;
}

/** `viewer` is read when a scope-aware loader is first used (and again on each later use, to notice a login). */
export function createLoaders(db: Db, viewer: () => ScopedViewer | null): Loaders {
  const instance: Instance = Object.assign(Object.create(loadersPrototype(db)) as Instance, { db, viewer, made: [] });
  return instance as Instance & Loaders;
}
