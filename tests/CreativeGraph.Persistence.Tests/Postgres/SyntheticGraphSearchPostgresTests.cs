using CreativeGraph.Persistence.Tests.Fixtures;
using CreativeGraph.Persistence.Tests.Search;

namespace CreativeGraph.Persistence.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class SyntheticGraphSearchPostgresTests(PostgresFixture fixture) : SyntheticGraphSearchTests<PostgresFixture>(fixture), IPostgresTests;
