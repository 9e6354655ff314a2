using CreativeGraph.Persistence.Tests.Fixtures;
using CreativeGraph.Persistence.Tests.Model;

namespace CreativeGraph.Persistence.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class GraphIntegrityPostgresTests(PostgresFixture fixture) : GraphIntegrityTests<PostgresFixture>(fixture), IPostgresTests;
