// @defer over multipart/mixed, read by meros (the multipart parser Relay and urql use), and over text/event-stream,
// against the running server. GRAPHQL_URL: the endpoint (http://127.0.0.1:PORT/graphql).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { meros } from 'meros/browser';

const url = process.env.GRAPHQL_URL;
assert.ok(url, 'GRAPHQL_URL must name the running server');

const query = `query ProjectWithDeferredPartners($acronym: String!) {
  project(acronym: $acronym) {
    title
    ... @defer(label: "partners") {
      participations(first: 3) { totalCount nodes { partner { name ... @defer(label: "city") { city { name } } } } }
    }
  }
}`;

const post = (accept) => fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept },
  body: JSON.stringify({ query, variables: { acronym: 'Creative Cities' } }),
});

test('multipart/mixed: the title first, then the partners, then each partner\'s city, in graphql-js 17\'s format', async () => {
  const response = await post('multipart/mixed;deferSpec=20220824, application/json;q=0.9');
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^multipart\/mixed; boundary="-"/);
  const parts = await meros(response);
  assert.notEqual(parts, response, 'meros reads a multipart body');
  const payloads = [];
  for await (const part of parts) {
    assert.equal(part.json, true, 'every part is JSON');
    payloads.push(part.body);
  }

  const [initial, partners, cities] = payloads;
  assert.deepEqual(initial, {
    data: { project: { title: initial.data.project.title } },
    pending: [{ id: '0', path: ['project'], label: 'partners' }],
    hasNext: true,
  });
  assert.match(initial.data.project.title, /Creative Industry/);

  assert.equal(partners.incremental.length, 1);
  assert.equal(partners.incremental[0].id, '0');
  const participations = partners.incremental[0].data.participations;
  assert.equal(participations.totalCount, 12);
  assert.equal(participations.nodes.length, 3);
  assert.deepEqual(partners.completed, [{ id: '0' }]);
  assert.deepEqual(partners.pending.map(p => [p.id, p.path.join('.'), p.label]), [
    ['1', 'project.participations.nodes.0.partner', 'city'],
    ['2', 'project.participations.nodes.1.partner', 'city'],
    ['3', 'project.participations.nodes.2.partner', 'city'],
  ]);
  assert.equal(partners.hasNext, true);

  assert.deepEqual(cities.completed, [{ id: '1' }, { id: '2' }, { id: '3' }]);
  assert.deepEqual(cities.incremental.map(i => i.id), ['1', '2', '3']);
  assert.ok(cities.incremental.every(i => 'city' in i.data), 'each partner gets its city (or null)');
  assert.equal(cities.hasNext, false);
  assert.equal(payloads.length, 3);
});

test('text/event-stream: the same payloads as next events, then complete', async () => {
  const response = await post('text/event-stream');
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^text\/event-stream/);
  const text = await response.text();
  const events = text.split('\n\n').filter(Boolean).map(block => {
    const [event, data] = block.split('\n');
    return { event: event.replace('event: ', ''), data: data.replace(/^data: ?/, '') };
  });
  assert.deepEqual(events.map(e => e.event), ['next', 'next', 'next', 'complete']);
  assert.equal(JSON.parse(events[0].data).pending[0].label, 'partners');
  assert.equal(JSON.parse(events[2].data).hasNext, false);
});

test('application/json only: @defer is ignored and everything comes in one response', async () => {
  const response = await post('application/json');
  assert.equal(response.status, 200);
  const body = await response.json();
  assert.equal(body.pending, undefined);
  assert.equal(body.data.project.participations.nodes.length, 3);
  assert.ok(body.data.project.participations.nodes.every(n => 'city' in n.partner));
});
