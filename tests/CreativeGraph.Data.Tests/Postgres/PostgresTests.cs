using CreativeGraph.Data.Tests.Filtering;
using CreativeGraph.Data.Tests.Fixtures;
using CreativeGraph.Data.Tests.Paging;
using CreativeGraph.Data.Tests.Sorting;

namespace CreativeGraph.Data.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresFilteringTests(PostgresFixture db) : FilteringTests<PostgresFixture>(db), IPostgresTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSortingTests(PostgresFixture db) : SortingTests<PostgresFixture>(db), IPostgresTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresDifferentialTests(PostgresFixture db) : DifferentialTests<PostgresFixture>(db), IPostgresTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresPagingTests(PostgresFixture db) : PagingTests<PostgresFixture>(db), IPostgresTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresOffsetPagingTests(PostgresFixture db) : OffsetPagingTests<PostgresFixture>(db), IPostgresTests;
