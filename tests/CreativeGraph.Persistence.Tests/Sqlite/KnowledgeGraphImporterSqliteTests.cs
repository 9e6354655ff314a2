using CreativeGraph.Persistence.Tests.Fixtures;
using CreativeGraph.Persistence.Tests.Seed;

namespace CreativeGraph.Persistence.Tests.Sqlite;

[Collection(SqliteCollection.Name)]
public sealed class KnowledgeGraphImporterSqliteTests(SqliteFixture fixture) : KnowledgeGraphImporterTests<SqliteFixture>(fixture);
