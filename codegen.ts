// GraphQL Code Generator: SDL (apps/api) -> resolver types and the web client's typed documents (packages/shared).
import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = { DateTime: 'string', JSON: 'unknown' };

const config: CodegenConfig = {
  schema: 'apps/api/src/**/*.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: true,
  silent: true,
  generates: {
    'packages/shared/src/generated/resolvers.ts': {
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
