import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the operations the tests send: `graphql(...)` from test/gql returns a typed string.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['test/**/*.ts', '!test/gql/**'],
  ignoreNoDocuments: true,
  emitLegacyCommonJSImports: false,
  generates: {
    'test/gql/': {
      preset: 'client',
      config: { documentMode: 'string', useTypeImports: true, enumsAsTypes: true, scalars: { Date: 'string', DateTime: 'string' } },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
