using CreativeGraph.Persistence.Tests.Fixtures;
using CreativeGraph.Persistence.Tests.Seed.Facts;

namespace CreativeGraph.Persistence.Tests.Sqlite;

[Collection(SqliteCollection.Name)]
public sealed class UrbanCreativePolesPageFactsSqliteTests(SqliteFixture fixture) : UrbanCreativePolesPageFactsTests<SqliteFixture>(fixture);
