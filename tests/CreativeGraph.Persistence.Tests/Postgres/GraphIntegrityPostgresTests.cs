using CreativeGraph.Persistence.Tests.Model;
using CreativeGraph.Persistence.Tests.Fixtures;

namespace CreativeGraph.Persistence.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class GraphIntegrityPostgresTests(PostgresFixture fixture) : GraphIntegrityTests<PostgresFixture>(fixture), IPostgresTests;
