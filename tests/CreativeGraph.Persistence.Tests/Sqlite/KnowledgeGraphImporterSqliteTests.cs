using CreativeGraph.Persistence.Tests.Seed;
using CreativeGraph.Persistence.Tests.Fixtures;

namespace CreativeGraph.Persistence.Tests.Sqlite;

[Collection(SqliteCollection.Name)]
public sealed class KnowledgeGraphImporterSqliteTests(SqliteFixture fixture) : KnowledgeGraphImporterTests<SqliteFixture>(fixture);
