// All DataLoaders of one request, created fresh per request so nothing is cached across users.
import type { Db } from '../db/prisma.ts';
import { createActivitiesLoaders } from '../modules/activities/activities.loaders.ts';
import { createCampaignsLoaders } from '../modules/campaigns/campaigns.loaders.ts';
import { createClientsLoaders } from '../modules/clients/clients.loaders.ts';
import { createDictionaryLoaders } from '../modules/dictionaries/dictionaries.loaders.ts';
import { createOpportunitiesLoaders } from '../modules/opportunities/index.ts';
import { createNotesLoaders } from '../modules/notes/notes.loaders.ts';
import { createPersonsLoaders } from '../modules/persons/persons.loaders.ts';
import { createUsersLoaders } from '../modules/users/users.loaders.ts';

export function createLoaders(db: Db) {
  return {
    ...createUsersLoaders(db),
    ...createDictionaryLoaders(db),
    ...createClientsLoaders(db),
    ...createPersonsLoaders(db),
    ...createActivitiesLoaders(db),
    ...createCampaignsLoaders(db),
    ...createOpportunitiesLoaders(db),
    ...createNotesLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
