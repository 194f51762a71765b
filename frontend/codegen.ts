// GraphQL Code Generator: the client preset reads schema.graphql (the SDL the server serves, kept equal to it by a
// backend test) and every graphql(`...`) document in src/, and writes the typed documents to src/gql/ (generated,
// not committed). `npm run codegen`; `dev` and `build` run it first.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        // Components read fragment fields directly; a fragment's type is what a component takes as props.
        fragmentMasking: false,
      },
      config: {
        // Documents are sent as strings (no AST in the bundle, no graphql parser at run time).
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        // IDs are strings both ways. ISO-8601 strings for DateTime ("2026-11-21T10:15:30Z") and Date ("2026-11-21"). Decimals are sent as numbers;
        // an answer's decimal is read as a number or a string (JSON numbers may be written either way).
        scalars: {
          ID: 'string',
          DateTime: 'string',
          Date: 'string',
          BigDecimal: { input: 'number', output: 'number | string' },
          BigInteger: { input: 'number', output: 'number | string' },
        },
        strictScalars: true,
      },
    },
  },
};

export default config;
