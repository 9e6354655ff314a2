using CreativeGraph.Data.Tests.Nested;
using CreativeGraph.Data.Tests.Projections;

namespace CreativeGraph.Data.Tests.Sqlite;

[Collection(SqliteCollection.Name)]
public sealed class SqliteNestedConnectionTests(SqliteFixture db) : NestedConnectionTests<SqliteFixture>(db);

[Collection(SqliteCollection.Name)]
public sealed class SqliteNestedStatementTests(SqliteFixture db) : NestedStatementTests<SqliteFixture>(db);

[Collection(SqliteCollection.Name)]
public sealed class SqliteNestedErrorTests(SqliteFixture db) : NestedErrorTests<SqliteFixture>(db);

[Collection(SqliteCollection.Name)]
public sealed class SqliteNestedDifferentialTests(SqliteFixture db) : NestedDifferentialTests<SqliteFixture>(db);

[Collection(SqliteCollection.Name)]
public sealed class SqliteProjectionTests(SqliteFixture db) : ProjectionTests<SqliteFixture>(db);
