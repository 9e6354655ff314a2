using CreativeGraph.Persistence.Tests.Fixtures;
using CreativeGraph.Persistence.Tests.Seed.Facts;

namespace CreativeGraph.Persistence.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class CreativeCitiesLeafletFactsPostgresTests(PostgresFixture fixture) : CreativeCitiesLeafletFactsTests<PostgresFixture>(fixture), IPostgresTests;
