using CreativeGraph.Persistence.Tests.Seed;
using CreativeGraph.Persistence.Tests.Fixtures;

namespace CreativeGraph.Persistence.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class KnowledgeGraphImporterPostgresTests(PostgresFixture fixture) : KnowledgeGraphImporterTests<PostgresFixture>(fixture), IPostgresTests;
