using CreativeGraph.Persistence.Tests.Model;
using CreativeGraph.Persistence.Tests.Fixtures;

namespace CreativeGraph.Persistence.Tests.Sqlite;

[Collection(SqliteCollection.Name)]
public sealed class GraphIntegritySqliteTests(SqliteFixture fixture) : GraphIntegrityTests<SqliteFixture>(fixture);
