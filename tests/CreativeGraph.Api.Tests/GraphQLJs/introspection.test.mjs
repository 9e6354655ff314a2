// graphql-js reads the running server's schema by introspection, finds it valid, and finds it equal to the SDL
// contract (SCHEMA_FILE) once both are sorted with lexicographicSortSchema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {
  assertValidSchema,
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';

const url = process.env.GRAPHQL_URL;
const schemaFile = process.env.SCHEMA_FILE;
assert.ok(url && schemaFile, 'GRAPHQL_URL and SCHEMA_FILE must be set');

async function post(query) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(30_000),
  });
  assert.equal(response.status, 200, `HTTP ${response.status}`);
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

const features = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};
const sorted = (schema) => printSchema(lexicographicSortSchema(schema));

test('the introspected schema is valid and equals the SDL contract', async () => {
  const introspected = buildClientSchema(await post(getIntrospectionQuery(features)));
  assertValidSchema(introspected);
  const contract = buildSchema(fs.readFileSync(schemaFile, 'utf8'));
  assert.equal(sorted(introspected), sorted(contract));
});

test('{ __typename } names the query root type', async () => {
  assert.deepEqual(await post('{ __typename }'), { __typename: 'Query' });
});
