using CreativeGraph.Persistence.Tests.Entities;
using CreativeGraph.Persistence.Tests.Fixtures;

namespace CreativeGraph.Persistence.Tests.Sqlite;

[Collection(SqliteCollection.Name)]
public sealed class NewEntityTypeStorageSqliteTests(SqliteFixture fixture) : NewEntityTypeStorageTests<SqliteFixture>(fixture);
