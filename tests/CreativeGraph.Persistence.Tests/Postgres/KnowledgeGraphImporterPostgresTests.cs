using CreativeGraph.Persistence.Tests.Fixtures;
using CreativeGraph.Persistence.Tests.Seed;

namespace CreativeGraph.Persistence.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class KnowledgeGraphImporterPostgresTests(PostgresFixture fixture) : KnowledgeGraphImporterTests<PostgresFixture>(fixture), IPostgresTests;
