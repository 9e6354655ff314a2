using CreativeGraph.Persistence.Tests.Entities;
using CreativeGraph.Persistence.Tests.Fixtures;

namespace CreativeGraph.Persistence.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class NewEntityTypeStoragePostgresTests(PostgresFixture fixture) : NewEntityTypeStorageTests<PostgresFixture>(fixture), IPostgresTests;
