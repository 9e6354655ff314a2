using CreativeGraph.Persistence.Tests.Seed.Facts;
using CreativeGraph.Persistence.Tests.Fixtures;

namespace CreativeGraph.Persistence.Tests.Sqlite;

[Collection(SqliteCollection.Name)]
public sealed class KreativnaMestaPageFactsSqliteTests(SqliteFixture fixture) : KreativnaMestaPageFactsTests<SqliteFixture>(fixture);
