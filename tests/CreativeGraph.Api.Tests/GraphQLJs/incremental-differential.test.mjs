// Differential test of incremental delivery (@defer, @stream): graphql-js 17 runs the documents CreativeGraph ran
// (CASES_FILE: { sdl, cases: [{ query, variables, payloads }] }, written by IncrementalDifferentialTests) over the
// same schema, with resolvers written to the same rules as IncrementalTestSchema.cs, and the two engines' payload
// sequences must agree on everything the RFC makes deterministic:
// - the initial payload (data, errors, and pending ids, paths and labels in order);
// - the final result once every payload is merged (data, and the set of errors);
// - every fragment or stream announced (path and label) and whether it completed with errors.
// How the later payloads are cut (which payload carries which item or fragment) is the server's choice. Errors
// differ in one documented way: graphql-js stops completing an object's synchronous fields at the first error
// that nulls the object, and reports only the error that failed a deferred fragment or stream, where CreativeGraph
// completes every field and reports every error raised. So CreativeGraph's errors must include graphql-js's, and
// each one more must sit at a position the response does not hold (under a nulled object or an undelivered fragment).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildSchema, parse, experimentalExecuteIncrementally } from 'graphql17';

const { sdl, cases } = JSON.parse(readFileSync(process.env.CASES_FILE, 'utf8'));
const schema = buildSchema(sdl);

const item = (id) => ({
  id,
  name: () => `n${id}`,
  tags: () => [`t${id}`, `u${id}`],
  friends: () => [1, 2, 3].map(i => item(id * 10 + i)),
  boom: () => { throw new Error('Boom.'); },
  even: () => (id % 2 === 0 ? null : 'odd'),
});
const rootValue = {
  items: () => [1, 2, 3, 4, 5].map(item),
  nonNullItems: () => [1, 3, 4, 5, 7].map(item),
  hero: () => item(1),
};

async function graphqlJs(query, variableValues) {
  const result = await experimentalExecuteIncrementally({ schema, document: parse(query), rootValue, variableValues });
  if (!('initialResult' in result)) {
    return [JSON.parse(JSON.stringify(result))];
  }

  const payloads = [result.initialResult];
  for await (const payload of result.subsequentResults) {
    payloads.push(payload);
  }

  // graphql-js builds result objects without a prototype; compare them as the JSON they are sent as.
  return JSON.parse(JSON.stringify(payloads));
}

// Errors as both engines must agree on them (CreativeGraph adds extensions.code).
const errorKey = e => JSON.stringify({ message: e.message, path: e.path ?? null, locations: e.locations ?? null });
const errorSet = errors => (errors ?? []).map(errorKey).sort();

function at(data, path) {
  let value = data;
  for (const segment of path) {
    assert.ok(value !== null && value !== undefined, `the path ${path.join('.')} exists`);
    value = value[segment];
  }

  return value;
}

function deepMerge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (value && typeof value === 'object' && !Array.isArray(value) && target[key] && typeof target[key] === 'object') {
      deepMerge(target[key], value);
    } else {
      target[key] = value;
    }
  }
}

// Checks a payload sequence's own consistency and reduces it to what the engines must agree on.
function reduce(payloads) {
  const [initial, ...rest] = payloads;
  const data = structuredClone(initial.data ?? null);
  const errors = [...(initial.errors ?? [])];
  const pending = new Map();
  const completed = new Map();
  const announce = list => {
    for (const p of list ?? []) {
      assert.ok(!pending.has(p.id), `id ${p.id} is announced once`);
      pending.set(p.id, p);
    }
  };

  announce(initial.pending);
  assert.equal(initial.hasNext ?? false, rest.length > 0, 'hasNext in the initial payload tells whether more follow');
  rest.forEach((payload, i) => {
    announce(payload.pending);
    for (const entry of payload.incremental ?? []) {
      const p = pending.get(entry.id);
      assert.ok(p && !completed.has(entry.id), `incremental entry ${entry.id} is pending`);
      const target = at(data, [...p.path, ...(entry.subPath ?? [])]);
      if (entry.items) {
        assert.ok(Array.isArray(target), `items extend a list (${p.path.join('.')})`);
        target.push(...structuredClone(entry.items));
      } else {
        deepMerge(target, structuredClone(entry.data));
      }

      errors.push(...(entry.errors ?? []));
    }

    for (const entry of payload.completed ?? []) {
      assert.ok(pending.has(entry.id) && !completed.has(entry.id), `completed ${entry.id} was pending, once`);
      completed.set(entry.id, entry.errors ?? []);
      errors.push(...(entry.errors ?? []));
    }

    assert.equal(payload.hasNext, i < rest.length - 1, 'only the last payload has hasNext: false');
  });

  assert.deepEqual([...pending.keys()].filter(id => !completed.has(id)), [], 'every pending id completes');
  const work = [...pending.values()].map(p => ({
    key: JSON.stringify({ path: p.path, label: p.label ?? null, failed: completed.get(p.id).length > 0 }),
    errors: errorSet(completed.get(p.id)),
  }));
  work.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    initial: {
      data: initial.data,
      errors: errorSet(initial.errors),
      pending: (initial.pending ?? []).map(p => ({ id: p.id, path: p.path, label: p.label ?? null })),
    },
    final: { data, errors: errorSet(errors) },
    work,
  };
}

// True when the response holds a value (possibly null) at the error's path.
function holds(data, path) {
  let value = data;
  for (const segment of path ?? []) {
    if (value === null || value === undefined) {
      return false;
    }

    value = value[segment];
  }

  return value !== undefined;
}

// CreativeGraph's errors include graphql-js's; the others sit where the response holds nothing.
function assertErrors(ours, theirs, data, what) {
  const missing = theirs.filter(e => !ours.includes(e));
  assert.deepEqual(missing, [], `${what}: graphql-js reports errors CreativeGraph does not`);
  const extra = ours.filter(e => !theirs.includes(e) && holds(data, JSON.parse(e).path));
  assert.deepEqual(extra, [], `${what}: CreativeGraph reports errors at positions the response holds`);
}

function assertAgree(ours, theirs) {
  assert.deepEqual(ours.initial.data, theirs.initial.data, 'initial data');
  assert.deepEqual(ours.initial.pending, theirs.initial.pending, 'initial pending ids, paths and labels');
  assertErrors(ours.initial.errors, theirs.initial.errors, ours.final.data, 'initial errors');
  assert.deepEqual(ours.final.data, theirs.final.data, 'merged data');
  assertErrors(ours.final.errors, theirs.final.errors, ours.final.data, 'merged errors');
  assert.deepEqual(ours.work.map(w => w.key), theirs.work.map(w => w.key), 'announced work and how it completed');
  ours.work.forEach((w, i) => assertErrors(w.errors, theirs.work[i].errors, ours.final.data, `errors completing ${w.key}`));
}

test(`graphql-js 17 agrees on ${cases.length} documents with @defer and @stream`, async () => {
  let streamed = 0;
  for (const { query, variables, payloads } of cases) {
    const ours = reduce(payloads);
    const theirs = reduce(await graphqlJs(query, variables));
    try {
      assertAgree(ours, theirs);
    } catch (error) {
      error.message = `${error.message}\n${query} ${JSON.stringify(variables)}\nCreativeGraph: ${JSON.stringify(payloads)}`;
      throw error;
    }

    streamed += payloads.some(p => (p.incremental ?? []).some(e => e.items)) ? 1 : 0;
  }

  // The generator must reach streaming, not only documents whose streams all were disabled.
  assert.ok(streamed > cases.length / 4, `${streamed} of ${cases.length} documents streamed items`);
});
