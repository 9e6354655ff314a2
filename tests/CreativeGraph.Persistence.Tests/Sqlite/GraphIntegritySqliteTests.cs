using CreativeGraph.Persistence.Tests.Fixtures;
using CreativeGraph.Persistence.Tests.Model;

namespace CreativeGraph.Persistence.Tests.Sqlite;

[Collection(SqliteCollection.Name)]
public sealed class GraphIntegritySqliteTests(SqliteFixture fixture) : GraphIntegrityTests<SqliteFixture>(fixture);
