// GraphQL Code Generator: SDL (apps/api) -> resolver types (apps/api) and the web client's typed documents
// (packages/shared).
import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = { DateTime: 'string', JSON: 'unknown' };

// Typed resolver parents (as graphql-hive does): a type whose field resolvers read columns the GraphQL type does not
// expose (row ids, foreign keys) is mapped to the node its module's mapper builds, so resolvers need no casts.
// Paths are relative to the generated file, apps/api/src/graphql/generated/resolvers.ts.
const modules = '../../modules';
const mappers = {
  Activity: `${modules}/activities/activities.mapper.ts#ActivityNode`,
  AuditEntry: `${modules}/audit/audit.mapper.ts#AuditNode`,
  Campaign: `${modules}/campaigns/campaigns.mapper.ts#CampaignNode`,
  CampaignItem: `${modules}/campaigns/campaigns.mapper.ts#CampaignItemNode`,
  Client: `${modules}/clients/clients.mapper.ts#ClientNode`,
  ClientConnection: `${modules}/clients/clients.mapper.ts#ClientConnectionParent`,
  Me: '../context.ts#Viewer',
  Person: `${modules}/persons/persons.mapper.ts#PersonNode`,
  SavedView: `${modules}/saved-views/saved-views.mapper.ts#SavedViewNode`,
  Team: `${modules}/teams/teams.mapper.ts#TeamNode`,
  User: `${modules}/users/users.mapper.ts#UserNode`,
};

const config: CodegenConfig = {
  schema: 'apps/api/src/**/*.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: true,
  silent: true,
  generates: {
    'apps/api/src/graphql/generated/resolvers.ts': {
      plugins: [
        {
          add: {
            // Resolvers may return partial objects (field resolvers fill the rest) and lazy values
            // (graphql-js calls a function-valued property: a totalCount that counts only when asked).
            content: [
              'export type DeepPartial<T> = T extends Date ? T : T extends number ? T | (() => Promise<T>) : T extends (infer U)[] ? DeepPartial<U>[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;',
            ],
          },
        },
        'typescript',
        'typescript-resolvers',
      ],
      config: {
        useIndexSignature: true,
        enumsAsTypes: true,
        defaultMapper: 'DeepPartial<{T}>',
        mappers,
        contextType: '../context.ts#Context',
        scalars: { DateTime: 'Date | string', JSON: 'unknown' },
        useTypeImports: true,
      },
    },
    'packages/shared/src/generated/client/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { scalars, enumsAsTypes: true, useTypeImports: true },
    },
  },
};

export default config;
