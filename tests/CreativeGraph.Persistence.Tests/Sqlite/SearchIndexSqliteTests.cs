using CreativeGraph.Persistence.Tests.Fixtures;
using CreativeGraph.Persistence.Tests.Search;

namespace CreativeGraph.Persistence.Tests.Sqlite;

[Collection(SqliteCollection.Name)]
public sealed class SearchIndexSqliteTests(SqliteFixture fixture) : SearchIndexTests<SqliteFixture>(fixture);
