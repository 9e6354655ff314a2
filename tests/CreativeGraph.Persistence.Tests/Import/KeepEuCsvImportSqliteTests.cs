using CreativeGraph.Persistence.Tests.Fixtures;

namespace CreativeGraph.Persistence.Tests.Import;

[Collection(SqliteCollection.Name)]
public sealed class KeepEuCsvImportSqliteTests(SqliteFixture fixture) : KeepEuCsvImportTests<SqliteFixture>(fixture);
