using CreativeGraph.Persistence.Tests.Fixtures;
using CreativeGraph.Persistence.Tests.Seed.Facts;

namespace CreativeGraph.Persistence.Tests.Sqlite;

[Collection(SqliteCollection.Name)]
public sealed class CreativeCitiesLeafletFactsSqliteTests(SqliteFixture fixture) : CreativeCitiesLeafletFactsTests<SqliteFixture>(fixture);
