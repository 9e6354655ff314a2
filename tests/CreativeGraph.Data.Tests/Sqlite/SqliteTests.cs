using CreativeGraph.Data.Tests.Filtering;
using CreativeGraph.Data.Tests.Paging;
using CreativeGraph.Data.Tests.Sorting;

namespace CreativeGraph.Data.Tests.Sqlite;

[Collection(SqliteCollection.Name)]
public sealed class SqliteFilteringTests(SqliteFixture db) : FilteringTests<SqliteFixture>(db)
{
    private readonly SqliteFixture _db = db;

    public override async Task Case_insensitive_contains_is_one_statement_with_parameters()
    {
        await base.Case_insensitive_contains_is_one_statement_with_parameters();

        Assert.Contains("""WHERE instr(lower_invariant("c"."Name"), @Value0) > 0 AND "c"."Population" > @Value1""", _db.Log.Commands[0], StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteSortingTests(SqliteFixture db) : SortingTests<SqliteFixture>(db);

[Collection(SqliteCollection.Name)]
public sealed class SqliteDifferentialTests(SqliteFixture db) : DifferentialTests<SqliteFixture>(db);

[Collection(SqliteCollection.Name)]
public sealed class SqlitePagingTests(SqliteFixture db) : PagingTests<SqliteFixture>(db)
{
    private readonly SqliteFixture _db = db;

    public override async Task A_paged_filtered_sorted_list_is_one_SQL_statement()
    {
        await base.A_paged_filtered_sorted_list_is_one_SQL_statement();

        Assert.Equal(
            """
            SELECT "c"."Id", "c"."Altitude", "c"."Area", "c"."Coastal", "c"."Code", "c"."FormerKind", "c"."Founded", "c"."IsCapital", "c"."Kind", "c"."Name", "c"."Nickname", "c"."Population", "c"."Rating", "c"."RegionId", "c"."Secret", "c"."UpdatedAt", "c"."Visitors"
            FROM "Cities" AS "c"
            WHERE "c"."Nickname" IS NOT NULL AND instr(lower_invariant("c"."Nickname"), @Value0) > 0
            ORDER BY "c"."Population" DESC, "c"."Id"
            LIMIT @Value1
            """,
            _db.Log.Commands[0].ReplaceLineEndings("\n"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteOffsetPagingTests(SqliteFixture db) : OffsetPagingTests<SqliteFixture>(db)
{
    private readonly SqliteFixture _db = db;

    public override async Task A_segment_is_one_SQL_statement()
    {
        await base.A_segment_is_one_SQL_statement();

        Assert.Equal(
            """
            SELECT "c"."Id", "c"."Name"
            FROM "Cities" AS "c"
            WHERE "c"."Nickname" IS NOT NULL AND instr(lower_invariant("c"."Nickname"), @Value0) > 0
            ORDER BY "c"."Population" DESC, "c"."Id"
            LIMIT @Value2 OFFSET @Value1
            """,
            _db.Log.Commands[0].ReplaceLineEndings("\n"));
    }
}
