using CreativeGraph.Persistence.Tests.Fixtures;

namespace CreativeGraph.Persistence.Tests.Synthetic;

[Collection(SqliteCollection.Name)]
public sealed class SyntheticGraphWriterSqliteTests(SqliteFixture fixture) : SyntheticGraphWriterTests<SqliteFixture>(fixture);
