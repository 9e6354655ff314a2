using CreativeGraph.Data.Tests.Filtering;
using CreativeGraph.Data.Tests.Paging;
using CreativeGraph.Data.Tests.Sorting;

namespace CreativeGraph.Data.Tests.Sqlite;

[Collection(SqliteCollection.Name)]
public sealed class SqliteFilteringTests(SqliteFixture db) : FilteringTests<SqliteFixture>(db);

[Collection(SqliteCollection.Name)]
public sealed class SqliteSortingTests(SqliteFixture db) : SortingTests<SqliteFixture>(db);

[Collection(SqliteCollection.Name)]
public sealed class SqliteDifferentialTests(SqliteFixture db) : DifferentialTests<SqliteFixture>(db);

[Collection(SqliteCollection.Name)]
public sealed class SqlitePagingTests(SqliteFixture db) : PagingTests<SqliteFixture>(db);

[Collection(SqliteCollection.Name)]
public sealed class SqliteOffsetPagingTests(SqliteFixture db) : OffsetPagingTests<SqliteFixture>(db);
