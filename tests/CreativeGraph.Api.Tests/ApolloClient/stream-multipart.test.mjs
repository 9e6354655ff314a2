// @stream over multipart/mixed, read by meros (the multipart parser Relay and urql use), and over text/event-stream,
// against the running server. GRAPHQL_URL: the endpoint (http://127.0.0.1:PORT/graphql).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { meros } from 'meros/browser';

const url = process.env.GRAPHQL_URL;
assert.ok(url, 'GRAPHQL_URL must name the running server');

const query = (stream) => `query ProjectWithStreamedPartners($acronym: String!) {
  project(acronym: $acronym) {
    title
    participations(first: 5) { totalCount nodes ${stream} { partner { name city { name } } } }
  }
}`;

const post = (accept, stream = '@stream(initialCount: 2, label: "more")') => fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept },
  body: JSON.stringify({ query: query(stream), variables: { acronym: 'Creative Cities' } }),
});

test('multipart/mixed: the first two partners with the title, the other three in one later payload', async () => {
  const whole = await (await post('application/json', '')).json();
  const allNodes = whole.data.project.participations.nodes;
  assert.equal(allNodes.length, 5);

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

  const [initial, rest] = payloads;
  assert.equal(payloads.length, 2);
  assert.deepEqual(initial.pending, [{ id: '0', path: ['project', 'participations', 'nodes'], label: 'more' }]);
  assert.equal(initial.hasNext, true);
  assert.equal(initial.data.project.title, whole.data.project.title);
  assert.equal(initial.data.project.participations.totalCount, whole.data.project.participations.totalCount);
  assert.deepEqual(initial.data.project.participations.nodes, allNodes.slice(0, 2));

  assert.deepEqual(rest.incremental, [{ id: '0', items: allNodes.slice(2) }]);
  assert.deepEqual(rest.completed, [{ id: '0' }]);
  assert.equal(rest.hasNext, false);
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
  assert.deepEqual(events.map(e => e.event), ['next', 'next', 'complete']);
  assert.equal(JSON.parse(events[0].data).data.project.participations.nodes.length, 2);
  assert.equal(JSON.parse(events[1].data).incremental[0].items.length, 3);
});

test('@stream(if: false) and an application/json client get the whole list in one response', async () => {
  for (const response of [await post('multipart/mixed, application/json;q=0.9', '@stream(if: false)'), await post('application/json')]) {
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^application\/json/);
    const body = await response.json();
    assert.equal(body.pending, undefined);
    assert.equal(body.data.project.participations.nodes.length, 5);
  }
});

test('a negative initialCount is a field error with its code, in graphql-js 17\'s words', async () => {
  const response = await post('multipart/mixed, application/json;q=0.9', '@stream(initialCount: -1)');
  const body = await response.json();
  assert.equal(body.pending, undefined);
  assert.deepEqual(body.errors[0].path, ['project', 'participations', 'nodes']);
  assert.equal(body.errors[0].message, 'initialCount must be a positive integer');
  assert.equal(body.errors[0].extensions.code, 'STREAM_INITIAL_COUNT_NEGATIVE');
});
