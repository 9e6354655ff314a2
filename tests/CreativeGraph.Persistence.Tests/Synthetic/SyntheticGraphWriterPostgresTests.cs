using CreativeGraph.Persistence.Tests.Fixtures;

namespace CreativeGraph.Persistence.Tests.Synthetic;

[Collection(PostgresCollection.Name)]
public sealed class SyntheticGraphWriterPostgresTests(PostgresFixture fixture) : SyntheticGraphWriterTests<PostgresFixture>(fixture), IPostgresTests;
