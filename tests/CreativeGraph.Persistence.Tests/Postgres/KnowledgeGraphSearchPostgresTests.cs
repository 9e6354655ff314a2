using CreativeGraph.Persistence.Tests.Fixtures;
using CreativeGraph.Persistence.Tests.Search;

namespace CreativeGraph.Persistence.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class KnowledgeGraphSearchPostgresTests(PostgresFixture fixture) : KnowledgeGraphSearchTests<PostgresFixture>(fixture), IPostgresTests;
