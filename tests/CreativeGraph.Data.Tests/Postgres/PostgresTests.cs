using CreativeGraph.Data.Tests.Filtering;
using CreativeGraph.Data.Tests.Fixtures;
using CreativeGraph.Data.Tests.Paging;
using CreativeGraph.Data.Tests.Sorting;

namespace CreativeGraph.Data.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresFilteringTests(PostgresFixture db) : FilteringTests<PostgresFixture>(db), IPostgresTests
{
    private readonly PostgresFixture _db = db;

    public override async Task Case_insensitive_contains_is_one_statement_with_parameters()
    {
        await base.Case_insensitive_contains_is_one_statement_with_parameters();

        Assert.Contains("""WHERE lower(c."Name" COLLATE "und-x-icu") LIKE @Value0_contains AND c."Population" > @Value1""", _db.Log.Commands[0], StringComparison.Ordinal);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresSortingTests(PostgresFixture db) : SortingTests<PostgresFixture>(db), IPostgresTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresDifferentialTests(PostgresFixture db) : DifferentialTests<PostgresFixture>(db), IPostgresTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresPagingTests(PostgresFixture db) : PagingTests<PostgresFixture>(db), IPostgresTests
{
    private readonly PostgresFixture _db = db;

    public override async Task A_paged_filtered_sorted_list_is_one_SQL_statement()
    {
        await base.A_paged_filtered_sorted_list_is_one_SQL_statement();

        Assert.Equal(
            """
            SELECT c."Id", c."Altitude", c."Area", c."Coastal", c."Code", c."FormerKind", c."Founded", c."IsCapital", c."Kind", c."Name", c."Nickname", c."Population", c."Rating", c."RegionId", c."Secret", c."UpdatedAt", c."Visitors"
            FROM "Cities" AS c
            WHERE c."Nickname" IS NOT NULL AND lower(c."Nickname" COLLATE "und-x-icu") LIKE @Value0_contains
            ORDER BY c."Population" DESC, c."Id"
            LIMIT @Value1
            """,
            _db.Log.Commands[0]);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresOffsetPagingTests(PostgresFixture db) : OffsetPagingTests<PostgresFixture>(db), IPostgresTests
{
    private readonly PostgresFixture _db = db;

    public override async Task A_segment_is_one_SQL_statement()
    {
        await base.A_segment_is_one_SQL_statement();

        Assert.Equal(
            """
            SELECT c."Id", c."Name"
            FROM "Cities" AS c
            WHERE c."Nickname" IS NOT NULL AND lower(c."Nickname" COLLATE "und-x-icu") LIKE @Value0_contains
            ORDER BY c."Population" DESC, c."Id"
            LIMIT @Value2 OFFSET @Value1
            """,
            _db.Log.Commands[0].ReplaceLineEndings("\n"));
    }
}
