// The graphql-http audit suite (the GraphQL-over-HTTP specification's own audits) against GRAPHQL_URL.
// Every MUST and SHOULD audit is a test that must pass; MAY audits are printed as notes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAudits } from 'graphql-http';

const url = process.env.GRAPHQL_URL;
assert.ok(url, 'GRAPHQL_URL must name the running server, e.g. http://127.0.0.1:5000/graphql');
const fetchFn = (input, init = {}) => fetch(input, { ...init, signal: AbortSignal.timeout(10_000) });

async function describe(response) {
  if (!response || typeof response.status !== 'number') return '';
  const body = await response.clone().text().catch(() => '<body already read>');
  return ` (HTTP ${response.status}, ${response.headers.get('content-type') ?? 'no content type'}: ${body.slice(0, 300)})`;
}

for (const audit of serverAudits({ url, fetchFn })) {
  const level = audit.name.split(' ')[0];
  test(`[${audit.id}] ${audit.name}`, async (t) => {
    const result = await audit.fn();
    if (level === 'MAY') {
      if (result.status !== 'ok') t.diagnostic(`not done: ${result.reason}`);
      return;
    }
    assert.equal(result.status, 'ok', `${result.reason}${await describe(result.response)}`);
  });
}
