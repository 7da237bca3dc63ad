// Assembles the executable schema: every module's SDL file plus its resolvers.
import fs from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { apiRoot } from '../config/paths.ts';
import { activitiesResolvers } from '../modules/activities/resolvers.ts';
import { attachmentsResolvers } from '../modules/attachments/resolvers.ts';
import { auditResolvers } from '../modules/audit/resolvers.ts';
import { notesResolvers } from '../modules/notes/resolvers.ts';
import { duplicatesResolvers } from '../modules/duplicates/resolvers.ts';
import { importsResolvers } from '../modules/imports/resolvers.ts';
import { apiTokensResolvers } from '../modules/api-tokens/resolvers.ts';
import { automationResolvers } from '../modules/automation/resolvers.ts';
import { attributesResolvers } from '../modules/attributes/resolvers.ts';
import { authResolvers } from '../modules/auth/resolvers.ts';
import { celebrationsResolvers } from '../modules/celebrations/resolvers.ts';
import { campaignsResolvers } from '../modules/campaigns/resolvers.ts';
import { calendarFeedResolvers } from '../modules/calendar-feed/resolvers.ts';
import { clientsResolvers } from '../modules/clients/resolvers.ts';
import { dictionariesResolvers } from '../modules/dictionaries/resolvers.ts';
import { gdprResolvers } from '../modules/gdpr/resolvers.ts';
import { jobsResolvers } from '../modules/jobs/resolvers.ts';
import { ldapResolvers } from '../modules/ldap/resolvers.ts';
import { mailResolvers } from '../modules/mail/resolvers.ts';
import { notificationsResolvers } from '../modules/notifications/resolvers.ts';
import { opportunitiesResolvers } from '../modules/opportunities/index.ts';
import { personsResolvers } from '../modules/persons/resolvers.ts';
import { reportsResolvers } from '../modules/reports/resolvers.ts';
import { savedViewsResolvers } from '../modules/saved-views/resolvers.ts';
import { teamsResolvers } from '../modules/teams/resolvers.ts';
import { usersResolvers } from '../modules/users/resolvers.ts';
import { nodeResolvers } from './node.ts';
import { DateTimeScalar, JSONScalar } from './scalars.ts';

/** SDL is read from the source tree at start, so the bundled server and tsx serve the same files. */
export function loadTypeDefs(): string[] {
  const src = path.join(apiRoot, 'src');
  const files = [path.join(src, 'graphql/base.graphql')];
  const modules = path.join(src, 'modules');
  for (const feature of fs.readdirSync(modules).sort()) {
    const dir = path.join(modules, feature);
    for (const file of fs.readdirSync(dir).sort()) if (file.endsWith('.graphql')) files.push(path.join(dir, file));
  }
  return files.map((f) => fs.readFileSync(f, 'utf8'));
}

export function buildSchema() {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: [
      { DateTime: DateTimeScalar, JSON: JSONScalar },
      nodeResolvers,
      authResolvers,
      usersResolvers,
      teamsResolvers,
      apiTokensResolvers,
      dictionariesResolvers,
      attributesResolvers,
      savedViewsResolvers,
      reportsResolvers,
      clientsResolvers,
      personsResolvers,
      activitiesResolvers,
      campaignsResolvers,
      calendarFeedResolvers,
      importsResolvers,
      jobsResolvers,
      notificationsResolvers,
      automationResolvers,
      opportunitiesResolvers,
      attachmentsResolvers,
      notesResolvers,
      duplicatesResolvers,
      celebrationsResolvers,
      mailResolvers,
      ldapResolvers,
      gdprResolvers,
      auditResolvers,
    ],
  });
}
