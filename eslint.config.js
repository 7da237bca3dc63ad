// Lint rules for the whole workspace; `pnpm lint` allows zero warnings. The rules below enforce CONVENTIONS.md
// (file and function size, layering, module boundaries, names, casts); docs/ARCHITECTURE.md "Lint rules" explains them.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import fs from 'node:fs';
import kebabCaseFilename from './eslint-rules/kebab-case-filename.js';

const dirs = (p) => (fs.existsSync(p) ? fs.readdirSync(p, { withFileTypes: true }).filter((d) => d.isDirectory()) : []);
const webFeatures = dirs('apps/web/src/features').map((d) => d.name);
const apiModules = dirs('apps/api/src/modules').map((d) => d.name);

const tests = [
  '**/*.test.{ts,tsx}',
  '**/*.spec.ts',
  // Helpers only tests import: seeding kits and child-process fixtures.
  '**/*-test-kit.ts',
  '**/*.fixture.ts',
  'e2e/**',
  'apps/api/src/test/**',
  'apps/web/src/test/**',
];

// `x as never` and `x as unknown as T` silence the type checker; type the value instead (codegen mappers, zod output).
const castSyntax = [
  {
    selector: 'TSAsExpression > TSNeverKeyword.typeAnnotation',
    message: '`as never` hides a type error: type the value (resolver mappers, zod output types) instead.',
  },
  {
    selector: 'TSAsExpression > TSAsExpression.expression > TSUnknownKeyword.typeAnnotation',
    message: '`as unknown as` hides a type error: type the value (resolver mappers, zod output types) instead.',
  },
];

// Prisma and SQL live in `*.repository.ts` and `apps/api/src/db/`; `*.sql.ts` files may build SQL fragments
// (pure functions returning Prisma.Sql, e.g. the filter compiler) but run no query.
const runSqlSyntax = [
  {
    selector: 'MemberExpression[property.name=/^\\$(queryRaw|executeRaw|queryRawUnsafe|executeRawUnsafe)$/]',
    message: 'Queries run only in a *.repository.ts file (or apps/api/src/db/).',
  },
];
const sqlSyntax = [
  ...runSqlSyntax,
  {
    selector: 'TaggedTemplateExpression[tag.type="MemberExpression"][tag.object.name="Prisma"]',
    message: 'SQL (Prisma.sql) belongs in a *.repository.ts or *.sql.ts file (or apps/api/src/db/).',
  },
  {
    selector: 'TaggedTemplateExpression[tag.name=/^(sql|raw)$/]',
    message: 'SQL (sql`…`) belongs in a *.repository.ts or *.sql.ts file (or apps/api/src/db/).',
  },
];
const prismaImports = {
  paths: [
    { name: 'pg', message: 'Only repositories and apps/api/src/db/ talk to PostgreSQL.' },
    { name: '@prisma/client', message: 'Only repositories and apps/api/src/db/ talk to Prisma.' },
    { name: '@prisma/adapter-pg', message: 'Only apps/api/src/db/ builds the Prisma client.' },
  ],
  patterns: [
    {
      group: ['**/db/prisma', '**/db/prisma.ts'],
      importNames: ['Prisma', 'PrismaClient'],
      // Types may be passed around (`Db` in the context, `Prisma.Sql` between a .sql.ts builder and a repository).
      allowTypeImports: true,
      message:
        'Prisma values (Prisma.sql, Prisma.join, the client) are used only in *.repository.ts, *.sql.ts and db/.',
    },
    {
      group: ['**/db/generated/**'],
      allowTypeImports: true,
      message: 'The generated Prisma client is used only in *.repository.ts, *.sql.ts and db/.',
    },
  ],
};

// CONVENTIONS rule 1: features never import each other's internals; shared code flows shared -> features -> app.
// On the API a module uses another only through that module's public entry, `modules/<name>/index.ts`.
const restrictedPathZones = [
  { target: './packages/shared', from: './apps', message: 'packages/shared must not depend on the apps.' },
  { target: './apps/web', from: './apps/api', message: 'The web app talks to the API over GraphQL only.' },
  { target: './apps/api', from: './apps/web', message: 'The API must not import web code.' },
  ...webFeatures.map((f) => ({
    target: `./apps/web/src/features/${f}`,
    from: './apps/web/src/features',
    except: [`./${f}`],
    message: 'Web features must not import each other; move shared code to components/ or lib/.',
  })),
  ...apiModules.map((m) => ({
    target: `./apps/api/src/modules/${m}`,
    from: './apps/api/src/modules',
    except: [`./${m}`, ...apiModules.filter((o) => o !== m).map((o) => `./${o}/index.ts`)],
    message: `API modules use each other only through modules/<name>/index.ts (no deep imports).`,
  })),
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/generated/**',
      '.data/**',
      '.data-*/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX, veza: { rules: { 'kebab-case-filename': kebabCaseFilename } } },
    settings: { 'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'] },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'import-x/no-restricted-paths': ['error', { zones: restrictedPathZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'veza/kebab-case-filename': 'error',
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }],
      'no-restricted-syntax': ['error', ...castSyntax],
    },
  },
  {
    // React components: JSX markup is long but flat, so a component may be longer than a plain function.
    files: ['**/*.tsx'],
    rules: {
      'max-lines-per-function': ['error', { max: 150, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  {
    files: ['apps/api/src/**/*.ts'],
    ignores: [
      '**/*.repository.ts',
      '**/*.sql.ts',
      'apps/api/src/db/**',
      // Tools outside the request path: data generators and the benchmark's hand-written SQL baseline.
      'apps/api/src/seed/**',
      'apps/api/src/bench/**',
      'apps/api/src/cli/**',
      ...tests,
    ],
    rules: {
      'no-restricted-syntax': ['error', ...castSyntax, ...sqlSyntax],
      '@typescript-eslint/no-restricted-imports': ['error', prismaImports],
    },
  },
  {
    // Driver glue around Prisma's and pg's internals (event-logging clients, the WebAssembly schema engine, the
    // adapter's script runner) whose published types are incomplete: the casts stay next to the code they adapt.
    files: ['apps/api/src/db/**', 'apps/api/src/bench/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['apps/api/src/**/*.sql.ts'],
    rules: { 'no-restricted-syntax': ['error', ...castSyntax, ...runSqlSyntax] },
  },
  {
    // Tests: a describe() groups many cases, so the per-function limit does not fit; fixtures may build
    // deliberately malformed values (casts) and check the database directly.
    files: tests,
    rules: { 'max-lines-per-function': 'off', 'no-restricted-syntax': 'off' },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
