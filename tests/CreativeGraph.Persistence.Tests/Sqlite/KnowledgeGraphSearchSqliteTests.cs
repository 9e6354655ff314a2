using CreativeGraph.Persistence.Tests.Fixtures;
using CreativeGraph.Persistence.Tests.Search;

namespace CreativeGraph.Persistence.Tests.Sqlite;

[Collection(SqliteCollection.Name)]
public sealed class KnowledgeGraphSearchSqliteTests(SqliteFixture fixture) : KnowledgeGraphSearchTests<SqliteFixture>(fixture);
