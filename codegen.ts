/**
 * `npm run codegen`: TypeScript typed documents for front ends, from the example operations of
 * schema/operations/ checked against the graph's API schema (the supergraph without its federation
 * machinery, what the gateway serves). Output: schema/typed/ (checked in). `npm run codegen -- --check` fails
 * when it is stale (CI runs it, like `npm run compose -- --check`).
 */
import { readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { Supergraph } from '@apollo/federation-internals';
import { printSchema } from 'graphql';

// The security features (@authenticated, @requiresScopes) are for routers to enforce; they are not part of the
// API schema, so reading the types does not need to support them.
const supergraph = Supergraph.build(readFileSync('schema/supergraph.graphql', 'utf8'), { supportedFeatures: null });
const apiSchema = printSchema(supergraph.apiSchema().toGraphQLJSSchema());

const config: CodegenConfig = {
  schema: apiSchema,
  documents: ['schema/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'schema/typed/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // ESM imports with their extension (`./gql.js`), as Node and bundlers in ESM mode resolve them.
        emitLegacyCommonJSImports: false,
        useTypeImports: true,
        enumsAsTypes: true,
        // Scalars as they travel in JSON: ISO-8601 strings, and JSON objects.
        scalars: {
          DateTime: 'string',
          LocalDate: 'string',
          EmailAddress: 'string',
          PhoneNumber: 'string',
          URL: 'string',
          UUID: 'string',
          // Money.centimes: an integer up to 2^53 − 1, exact in a JavaScript number.
          SafeInt: 'number',
          JSONObject: 'Record<string, unknown>',
        },
        strictScalars: true,
      },
    },
  },
};

export default config;
