// Runs every example query of the README through Apollo Client against a running CreativeGraph server.
// GRAPHQL_URL: the endpoint (http://127.0.0.1:PORT/graphql); README_PATH: the README to read the examples from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client/core/index.js';

const url = process.env.GRAPHQL_URL;
const readme = readFileSync(process.env.README_PATH, 'utf8');
assert.ok(url, 'GRAPHQL_URL must name the running server');

// A ```graphql block is one example; a ```json block right after it holds its variables.
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```(?:\s*```json\n([\s\S]*?)```)?/g)].map(m => ({
  query: m[1],
  variables: m[2] ? JSON.parse(m[2]) : undefined,
  name: /query\s+(\w+)/.exec(m[1])?.[1],
}));

const client = new ApolloClient({
  link: new HttpLink({ uri: url, fetch }),
  cache: new InMemoryCache({ addTypename: true }),
  defaultOptions: { query: { fetchPolicy: 'no-cache', errorPolicy: 'none' } },
});

const run = (example) => client.query({ query: gql(example.query), variables: example.variables });
const byName = (name) => {
  const example = examples.find(e => e.name === name);
  assert.ok(example, `the README has no example named ${name}`);
  return example;
};

test('the README has the examples for each user group', () => {
  assert.deepEqual(
    examples.map(e => e.name).sort(),
    ['BrokenOnPurpose', 'CentralEuropePartners', 'CollaboratorsInPeriod', 'CollaboratorsOfPecs', 'CountriesInProjectsAndNetworks',
      'ForumTimeline', 'ForumsPerHostCountry', 'GroupedFigures', 'MemberRegionsHostingPartners', 'MostCentralPartners',
      'NetworkThroughTime', 'PartnerGrid', 'ProjectMoney', 'ProjectNetwork', 'Rankings', 'RegionDetail', 'RegionList',
      'SearchAnyLanguage']);
});

test('MostCentralPartners: an exact analysis, most central first', async () => {
  const { data } = await run(byName('MostCentralPartners'));
  const network = data.collaborationNetwork;
  assert.equal(network.betweennessExact, true, 'the seeded network is small');
  const nodes = network.partners.nodes;
  assert.ok(nodes.length <= 20 && nodes.length <= network.partnerCount);
  const values = nodes.map(n => n.betweenness);
  assert.deepEqual(values, [...values].sort((a, b) => b - a), 'highest betweenness first');
  for (const n of nodes) assert.ok(n.coreNumber <= n.degree && n.weightedDegree >= n.degree);
});

test('CollaboratorsOfPecs: the other Creative Cities partners, one shared project each', async () => {
  const { data } = await run(byName('CollaboratorsOfPecs'));
  const collaborators = data.partner.collaborators;
  assert.equal(collaborators.totalCount, 11, 'Creative Cities has 12 partners');
  assert.equal(collaborators.nodes.length, 5);
  for (const c of collaborators.nodes) {
    assert.equal(c.sharedProjectCount, 1);
    assert.deepEqual(c.sharedProjects.map(p => p.acronym), ['Creative Cities']);
  }
});

test('CollaboratorsInPeriod: Creative Cities (no start, ends 2012) counts up to 2012 and within 2007-2013, not from 2013', async () => {
  const { data } = await run(byName('CollaboratorsInPeriod'));
  assert.equal(data.partner.untilEnd2012.totalCount, 11);
  assert.equal(data.partner.from2013.totalCount, 0);
  const cities = data.city.partnerCities.nodes.map(n => n.city.name).sort();
  assert.deepEqual(cities, ['Gdańsk', 'Genoa', 'Leipzig', 'Ljubljana']);
});

test('NetworkThroughTime: the Creative Cities partners leave after 2012, two new partners come in 2013', async () => {
  const { data } = await run(byName('NetworkThroughTime'));
  const years = data.timeline;
  assert.deepEqual(years.map(y => y.year), [2011, 2012, 2013, 2014]);
  for (let i = 0; i + 1 < years.length; i++) {
    assert.equal(years[i + 1].partnerCount, years[i].partnerCount - years[i].leavingPartnerCount + years[i + 1].newPartnerCount);
  }
  const [y2011, y2012, y2013] = years;
  assert.equal(y2011.partnerCount, 12);
  assert.equal(y2011.edgeCount, 66, 'twelve partners of one project: every pair');
  assert.equal(y2011.newPartnerCount, 0, 'an undated start: active the year before too');
  assert.equal(y2012.leavingPartnerCount, 12);
  assert.equal(y2012.leavingPartners.totalCount, 12);
  assert.equal(y2012.leavingPartners.nodes.length, 3);
  assert.equal(y2013.newPartnerCount, 2);
  assert.deepEqual(data.partner.timeline.map(y => y.partnerCount), [12, 12, 0], 'the ego network of Pécs');
});

test('RegionList: every region with its country; Flanders is in Belgium', async () => {
  const { data } = await run(byName('RegionList'));
  assert.equal(data.regions.totalCount, 19, 'the seeded graph names 19 regions');
  assert.equal(data.regions.nodes.length, 19, 'one page of 50 holds them all');
  assert.equal(data.regions.pageInfo.hasNextPage, false);
  const names = data.regions.nodes.map(r => r.name);
  assert.deepEqual(names, [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), 'ordered by name');
  const flanders = data.regions.nodes.find(r => r.slug === 'flanders');
  assert.equal(flanders.country.code, 'BE');
  assert.equal(flanders.kind, 'ADMINISTRATIVE_REGION');
});

test('PartnerGrid: offset pages of the partners list follow one another in the connection\'s order', async () => {
  const { data } = await run(byName('PartnerGrid'));
  const segment = data.partnersPage;
  assert.equal(segment.__typename, 'PartnersCollectionSegment');
  assert.equal(segment.items.length, 5);
  assert.equal(segment.pageInfo.hasPreviousPage, true, 'skip is above 0');
  assert.equal(segment.pageInfo.hasNextPage, segment.totalCount > 10);
  // the same rows as the connection's second page of five
  const { data: connection } = await client.query({
    query: gql`query PartnerConnection { partners(first: 10, order: [{ name: ASC }]) { totalCount nodes { slug } } }`,
  });
  assert.equal(segment.totalCount, connection.partners.totalCount);
  assert.deepEqual(segment.items.map(p => p.slug), connection.partners.nodes.slice(5).map(p => p.slug));
});

test('ProjectNetwork (variables): Creative Cities, led by the City of Leipzig, in three languages of sources', async () => {
  const { data } = await run(byName('ProjectNetwork'));
  const project = data.project;
  assert.equal(project.endDate, '2012-12-31');
  assert.match(project.programme.name, /Central Europe/);
  assert.equal(project.participations.totalCount, 12);
  const participations = project.participations.nodes;
  assert.equal(participations.length, 12);
  const lead = participations.filter(p => p.role === 'LEAD_PARTNER');
  assert.equal(lead.length, 1);
  assert.equal(lead[0].partner.name, 'City of Leipzig');
  assert.equal(lead[0].partner.city.name, 'Leipzig');
  const pecs = participations.find(p => p.partner.city?.name === 'Pécs');
  assert.ok(pecs, 'the City of Pécs takes part');
  assert.deepEqual([...new Set(project.sources.nodes.map(s => s.language))].sort(), ['en', 'sl']);
});

test('ForumTimeline: ten forums, the 2010 edition in Oklahoma, each with its source', async () => {
  const { data } = await run(byName('ForumTimeline'));
  assert.equal(data.forums.totalCount, 10);
  const forums = data.forums.edges.map(e => e.node);
  assert.equal(forums.length, 10);
  assert.ok(data.forums.edges.every(e => typeof e.cursor === 'string' && e.cursor.length > 0), 'every edge has a cursor');
  assert.deepEqual(forums.map(f => f.year), [...forums.map(f => f.year)].sort((a, b) => a - b), 'oldest first');
  const forum2010 = forums.find(f => f.year === 2010);
  assert.equal(forum2010.hostRegion.name, 'Oklahoma');
  assert.equal(forum2010.ordinal, 7);
  assert.ok(forums.every(f => f.sources.nodes.length > 0), 'every forum cites a source');
});

test('RegionDetail (variables): Region Midtjylland joined Districts of Creativity on 2010-11-15', async () => {
  const { data } = await run(byName('RegionDetail'));
  assert.ok(data.region.alternativeNames.nodes.some(n => n.name === 'Region Midtjylland' && n.language === 'da'));
  const membership = data.region.memberships.nodes.find(m => m.network.name === 'Districts of Creativity');
  assert.equal(membership.status, 'MEMBER');
  assert.equal(membership.joinedOn, '2010-11-15');
  assert.equal(Number(membership.network.annualFee), 2500);
  assert.equal(membership.network.annualFeeCurrency, 'EUR');
});

test('SearchAnyLanguage (variables): the Danish name Flanderen finds the region Flanders', async () => {
  const { data } = await run(byName('SearchAnyLanguage'));
  assert.equal(data.search.totalCount, 1);
  const [hit] = data.search.nodes;
  assert.equal(hit.matchedName, 'Flanderen');
  assert.equal(hit.language, 'da');
  assert.equal(hit.match, 'EXACT');
  assert.equal(hit.node.__typename, 'Region');
  assert.equal(hit.node.slug, 'flanders');
  assert.equal(hit.node.name, 'Flanders');
});

test('BrokenOnPurpose: a validation error in the spec shape, with a code and a location', async () => {
  await assert.rejects(run(byName('BrokenOnPurpose')), (error) => {
    // application/graphql-response+json answers request errors with 400: Apollo reports a ServerError
    // whose parsed body holds the GraphQL errors.
    const errors = error.graphQLErrors?.length ? error.graphQLErrors : error.networkError?.result?.errors;
    assert.ok(errors?.length, `expected GraphQL errors, got ${error}`);
    assert.equal(errors[0].message, 'Cannot query field "population" on type "Region".');
    assert.ok(errors[0].extensions.code, 'the error carries a code');
    // Apollo prints the document again before sending it (adding __typename), so the field stands on line 3.
    assert.deepEqual(errors[0].locations, [{ line: 3, column: 5 }]);
    return true;
  });
});

test('MemberRegionsHostingPartners: Central Denmark Region is the member of Districts of Creativity with partners', async () => {
  const { data } = await run(byName('MemberRegionsHostingPartners'));
  assert.deepEqual(data.regions.nodes.map(r => r.name), ['Central Denmark Region']);
  assert.equal(data.regions.nodes[0].partners.nodes.length, 2);
});

test('CountriesInProjectsAndNetworks: Germany and Italy', async () => {
  const { data } = await run(byName('CountriesInProjectsAndNetworks'));
  assert.deepEqual(data.countries.nodes.map(c => c.code).sort(), ['DE', 'IT']);
});

test('CentralEuropePartners: the twelve partners of Creative Cities', async () => {
  const { data } = await run(byName('CentralEuropePartners'));
  assert.equal(data.partners.totalCount, 12);
  assert.ok(data.partners.nodes.some(p => p.name === 'City of Leipzig'));
});

test('ForumsPerHostCountry: ten editions, four in Belgium, 2004 to 2013', async () => {
  const { data } = await run(byName('ForumsPerHostCountry'));
  const aggregate = data.forums.aggregate;
  assert.equal(aggregate.count, 10);
  assert.equal(aggregate.min.year, 2004);
  assert.equal(aggregate.max.year, 2013);
  assert.deepEqual(aggregate.groupBy[0], { __typename: 'ForumGroup', key: { __typename: 'ForumGroupKey', hostRegionCountryCode: 'BE' }, count: 4 });
  assert.equal(aggregate.groupBy.reduce((n, g) => n + g.count, 0), 10);
});

test('GroupedFigures: partners of Creative Cities per country, memberships per status, events per year', async () => {
  const { data } = await run(byName('GroupedFigures'));
  const partners = data.project.partners.aggregate.groupBy;
  assert.deepEqual(partners[0].key.countryCode, 'DE');
  assert.equal(partners[0].count, 3);
  assert.equal(partners.reduce((n, g) => n + g.count, 0), 12);
  const districts = data.networks.nodes.find(n => n.slug === 'districts-of-creativity').memberships.aggregate;
  assert.equal(districts.count, 14);
  assert.deepEqual(districts.groupBy.map(g => [g.key.status, g.count]), [['EXCLUDED', 2], ['MEMBER', 12]]);
  const years = data.events.aggregate.groupBy.map(g => g.key.year);
  assert.deepEqual(years, [...years].sort((a, b) => a - b));
});

test('ProjectMoney: five projects, one stated budget (Baltic Sea Region programme)', async () => {
  const { data } = await run(byName('ProjectMoney'));
  const aggregate = data.projects.aggregate;
  assert.equal(aggregate.count, 5);
  assert.equal(aggregate.sum.budget, 1916622.5);
  const baltic = aggregate.groupBy.find(g => g.key.programmeSlug === 'baltic-sea-region-2007-2013');
  assert.equal(baltic.sum.budget, 1916622.5);
});

test('Rankings: the lists are ordered by the size of the relation', async () => {
  const { data } = await run(byName('Rankings'));
  const projects = data.partners.nodes.map(p => p.projects.totalCount);
  assert.deepEqual(projects, [...projects].sort((a, b) => b - a));
  const forums = data.regions.nodes.map(r => r.hostedForums.totalCount);
  assert.deepEqual(forums, [...forums].sort((a, b) => b - a));
  assert.ok(forums[0] >= 1);
});
