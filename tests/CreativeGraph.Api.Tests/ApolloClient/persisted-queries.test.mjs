// Apollo Client's persisted-query link (automatic persisted queries) against a running CreativeGraph server.
// GRAPHQL_URL: the endpoint (http://127.0.0.1:PORT/graphql).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client/core/index.js';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries/index.js';

const url = process.env.GRAPHQL_URL;
assert.ok(url, 'GRAPHQL_URL must name the running server');

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

// A client whose every HTTP request is recorded: method, whether it carried the query, the hash it sent.
function recordingClient(options = {}) {
  const requests = [];
  const recordingFetch = async (input, init) => {
    const target = new URL(typeof input === 'string' ? input : input.url);
    const body = init?.body ? JSON.parse(init.body) : Object.fromEntries(target.searchParams);
    const extensions = typeof body.extensions === 'string' ? JSON.parse(body.extensions) : body.extensions;
    requests.push({ method: init?.method ?? 'GET', hasQuery: Boolean(body.query), hash: extensions?.persistedQuery?.sha256Hash });
    const response = await fetch(input, init);
    requests.at(-1).status = response.status;
    return response;
  };
  const client = new ApolloClient({
    link: createPersistedQueryLink({ sha256, ...options }).concat(new HttpLink({ uri: url, fetch: recordingFetch })),
    cache: new InMemoryCache(),
    defaultOptions: { query: { fetchPolicy: 'no-cache', errorPolicy: 'none' } },
  });
  return { client, requests };
}

// A document the server cannot have seen before: its operation name is unique to this run.
const name = `ApqRegion${Date.now()}`;
const query = gql(`query ${name}($slug: String!) { region(slug: $slug) { name country { code } } }`);

test('an unknown hash gets PersistedQueryNotFound, Apollo Client sends the query with it, then the hash alone runs', async () => {
  const first = recordingClient();
  const { data } = await first.client.query({ query, variables: { slug: 'flanders' } });
  assert.deepEqual(data.region, { __typename: 'Region', name: 'Flanders', country: { __typename: 'Country', code: 'BE' } });
  assert.equal(first.requests.length, 2, 'the hash, then the hash with the query');
  assert.equal(first.requests[0].hasQuery, false);
  assert.match(first.requests[0].hash, /^[0-9a-f]{64}$/);
  assert.equal(first.requests[1].hasQuery, true);
  assert.equal(first.requests[1].hash, first.requests[0].hash);

  // A new client (an empty hash cache, as after a page reload) needs one request with the hash only.
  const second = recordingClient();
  const again = await second.client.query({ query, variables: { slug: 'central-denmark-region' } });
  assert.equal(again.data.region.country.code, 'DK');
  assert.deepEqual(second.requests.map(r => [r.method, r.hasQuery]), [['POST', false]]);
});

test('hashed queries over GET run by hash once the server knows them', async () => {
  const { client, requests } = recordingClient({ useGETForHashedQueries: true });
  const getQuery = gql(`query ${name}Get { region(slug: "flanders") { slug } }`);

  const first = await client.query({ query: getQuery });
  assert.equal(first.data.region.slug, 'flanders');
  assert.deepEqual(requests.map(r => [r.method, r.hasQuery]), [['GET', false], ['POST', true]]);

  const fresh = recordingClient({ useGETForHashedQueries: true });
  const second = await fresh.client.query({ query: getQuery });
  assert.equal(second.data.region.slug, 'flanders');
  assert.deepEqual(fresh.requests.map(r => [r.method, r.hasQuery, r.status]), [['GET', false, 200]]);
});

test('a document the server refuses reaches Apollo Client with its validation error after the retry, and is not stored', async () => {
  const broken = gql(`query ${name}Broken { region(slug: "flanders") { population } }`);
  const errorsOf = (error) => [...(error.graphQLErrors ?? []), ...(error.networkError?.result?.errors ?? [])];
  for (let attempt = 0; attempt < 2; attempt++) {
    const { client, requests } = recordingClient();
    await assert.rejects(client.query({ query: broken }), (error) => errorsOf(error).some(e => /population/.test(e.message)));
    assert.deepEqual(requests.map(r => [r.hasQuery, r.status]), [[false, 400], [true, 400]], 'never known by its hash alone');
  }
});
