using CreativeGraph.Data.Tests.Fixtures;
using CreativeGraph.Data.Tests.Nested;
using CreativeGraph.Data.Tests.Projections;



namespace CreativeGraph.Data.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresNestedConnectionTests(PostgresFixture db) : NestedConnectionTests<PostgresFixture>(db), IPostgresTests
{
    private readonly PostgresFixture _db = db;

    public override async Task Each_region_gets_its_own_page_pageInfo_and_totalCount()
    {
        await base.Each_region_gets_its_own_page_pageInfo_and_totalCount();

        _db.AssertSql(
            """
            SELECT c."RegionId" AS "Key", count(*)::int AS "Count"
            FROM "Cities" AS c
            WHERE c."RegionId" IS NOT NULL AND c."RegionId" = ANY (@List0_) AND lower(c."Name" COLLATE "und-x-icu") LIKE @Value1_contains
            GROUP BY c."RegionId"
            """,
            """
            SELECT c1."RegionId", c3."Id", c3."Population"
            FROM (
                SELECT c."RegionId"
                FROM "Cities" AS c
                WHERE c."RegionId" IS NOT NULL AND c."RegionId" = ANY (@List0_) AND lower(c."Name" COLLATE "und-x-icu") LIKE @Value1_contains
                GROUP BY c."RegionId"
            ) AS c1
            LEFT JOIN (
                SELECT c2."Id", c2."Population", c2."RegionId"
                FROM (
                    SELECT c0."Id", c0."Population", c0."RegionId", ROW_NUMBER() OVER(PARTITION BY c0."RegionId" ORDER BY c0."Population" DESC, c0."Id") AS row
                    FROM "Cities" AS c0
                    WHERE c0."RegionId" IS NOT NULL AND c0."RegionId" = ANY (@List0_) AND lower(c0."Name" COLLATE "und-x-icu") LIKE @Value1_contains
                ) AS c2
                WHERE c2.row <= @Value2
            ) AS c3 ON c1."RegionId" = c3."RegionId"
            ORDER BY c1."RegionId", c3."RegionId", c3."Population" DESC, c3."Id"
            """,
            """
            SELECT r."Id"
            FROM "Regions" AS r
            ORDER BY r."Id"
            LIMIT @Value0
            """);
    }

    public override async Task Partners_of_projects_are_filtered_sorted_and_paged_on_the_partner()
    {
        await base.Partners_of_projects_are_filtered_sorted_and_paged_on_the_partner();

        _db.AssertSql(
            """
            SELECT p."Id"
            FROM "Projects" AS p
            ORDER BY p."Id"
            LIMIT @Value0
            """,
            """
            SELECT p."ProjectId" AS "Key", count(*)::int AS "Count"
            FROM "Participations" AS p
            INNER JOIN "Partners" AS p0 ON p."PartnerId" = p0."Id"
            WHERE p."ProjectId" = ANY (@List0_) AND p0."Staff" >= @Value1
            GROUP BY p."ProjectId"
            """,
            """
            SELECT s."ProjectId", s1."Id", s1."Name", s1."Acronym", s1."Id0", s1."Id1"
            FROM (
                SELECT p."ProjectId"
                FROM "Participations" AS p
                INNER JOIN "Partners" AS p0 ON p."PartnerId" = p0."Id"
                WHERE p."ProjectId" = ANY (@List0_) AND p0."Staff" >= @Value1
                GROUP BY p."ProjectId"
            ) AS s
            LEFT JOIN (
                SELECT s0."Id", s0."Name", s0."Acronym", s0."Id0", s0."Id1", s0."ProjectId"
                FROM (
                    SELECT p3."Id", p3."Name", p3."Acronym", p1."Id" AS "Id0", p2."Id" AS "Id1", p1."ProjectId", ROW_NUMBER() OVER(PARTITION BY p1."ProjectId" ORDER BY p3."Acronym" DESC, p3."Id") AS row
                    FROM "Participations" AS p1
                    INNER JOIN "Partners" AS p2 ON p1."PartnerId" = p2."Id"
                    INNER JOIN "Partners" AS p3 ON p1."PartnerId" = p3."Id"
                    WHERE p1."ProjectId" = ANY (@List0_) AND p2."Staff" >= @Value1
                ) AS s0
                WHERE s0.row <= @Value2
            ) AS s1 ON s."ProjectId" = s1."ProjectId"
            ORDER BY s."ProjectId", s1."ProjectId", s1."Acronym" DESC, s1."Id", s1."Id0"
            """);
    }

    public override async Task A_plain_nested_list_is_filtered_and_ordered_by_default()
    {
        await base.A_plain_nested_list_is_filtered_and_ordered_by_default();

        _db.AssertSql(
            """
            SELECT c."RegionId" AS "Key", c."Id"
            FROM "Cities" AS c
            WHERE c."RegionId" IS NOT NULL AND c."RegionId" = ANY (@List0_) AND c."Population" > @Value1
            ORDER BY c."Name", c."Id"
            """,
            """
            SELECT r."Id"
            FROM "Regions" AS r
            ORDER BY r."Id"
            LIMIT @Value0
            """);
    }

    public override async Task String_and_composite_parent_keys_find_their_rows_only()
    {
        await base.String_and_composite_parent_keys_find_their_rows_only();

        _db.AssertSql(
            """
            SELECT f."EntityKey" AS "Key", f."Id", f."Text"
            FROM "Facts" AS f
            WHERE f."EntityType" = 'Region' AND f."EntityKey" = ANY (@List0_)
            """,
            """
            SELECT f."EntityType", f."EntityKey", count(*)::int
            FROM "Facts" AS f
            WHERE f."EntityType" = ANY (@List0_) AND f."EntityKey" = ANY (@List1_)
            GROUP BY f."EntityType", f."EntityKey"
            """,
            """
            SELECT f1."EntityType", f1."EntityKey", f3."Id", f3."Text"
            FROM (
                SELECT f."EntityType", f."EntityKey"
                FROM "Facts" AS f
                WHERE f."EntityType" = ANY (@List0_) AND f."EntityKey" = ANY (@List1_)
                GROUP BY f."EntityType", f."EntityKey"
            ) AS f1
            LEFT JOIN (
                SELECT f2."Id", f2."Text", f2."EntityType", f2."EntityKey"
                FROM (
                    SELECT f0."Id", f0."Text", f0."EntityType", f0."EntityKey", ROW_NUMBER() OVER(PARTITION BY f0."EntityType", f0."EntityKey" ORDER BY f0."Id") AS row
                    FROM "Facts" AS f0
                    WHERE f0."EntityType" = ANY (@List0_) AND f0."EntityKey" = ANY (@List1_)
                ) AS f2
                WHERE f2.row <= @Value2
            ) AS f3 ON f1."EntityType" = f3."EntityType" AND f1."EntityKey" = f3."EntityKey"
            ORDER BY f1."EntityType", f1."EntityKey", f3."EntityType", f3."EntityKey", f3."Id"
            """,
            """
            SELECT p."Id", p."Name"
            FROM "Partners" AS p
            ORDER BY p."Id"
            LIMIT @Value0
            """,
            """
            SELECT r."Id", r."Name"
            FROM "Regions" AS r
            ORDER BY r."Id"
            LIMIT @Value0
            """);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresNestedStatementTests(PostgresFixture db) : NestedStatementTests<PostgresFixture>(db), IPostgresTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresNestedErrorTests(PostgresFixture db) : NestedErrorTests<PostgresFixture>(db), IPostgresTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresNestedDifferentialTests(PostgresFixture db) : NestedDifferentialTests<PostgresFixture>(db), IPostgresTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresProjectionTests(PostgresFixture db) : ProjectionTests<PostgresFixture>(db), IPostgresTests
{
    private readonly PostgresFixture _db = db;

    public override async Task A_root_connection_reads_the_selected_columns_and_the_key()
    {
        await base.A_root_connection_reads_the_selected_columns_and_the_key();

        _db.AssertSql(
            """
            SELECT r."Id", r."Name", r."Rank"
            FROM "Regions" AS r
            ORDER BY r."Id"
            LIMIT @Value0
            """);
    }

    public override async Task Declared_requirements_and_parent_keys_are_read_for_the_resolvers_below()
    {
        await base.Declared_requirements_and_parent_keys_are_read_for_the_resolvers_below();

        _db.AssertSql(
            """
            SELECT c1."RegionId", c3."Id", c3."Name", c3."Population", c3."RegionId"
            FROM (
                SELECT c."RegionId"
                FROM "Cities" AS c
                WHERE c."RegionId" IS NOT NULL AND c."RegionId" = ANY (@List0_)
                GROUP BY c."RegionId"
            ) AS c1
            LEFT JOIN (
                SELECT c2."Id", c2."Name", c2."Population", c2."RegionId"
                FROM (
                    SELECT c0."Id", c0."Name", c0."Population", c0."RegionId", ROW_NUMBER() OVER(PARTITION BY c0."RegionId" ORDER BY c0."Id") AS row
                    FROM "Cities" AS c0
                    WHERE c0."RegionId" IS NOT NULL AND c0."RegionId" = ANY (@List0_)
                ) AS c2
                WHERE c2.row <= @Value1
            ) AS c3 ON c1."RegionId" = c3."RegionId"
            ORDER BY c1."RegionId", c3."RegionId", c3."Id"
            """,
            """
            SELECT r."Id"
            FROM "Regions" AS r
            ORDER BY r."Id"
            LIMIT @Value0
            """,
            """
            SELECT r."Id" AS "Key", r."Name"
            FROM "Regions" AS r
            WHERE r."Id" = ANY (@List0_)
            """);
    }

    public override async Task A_reference_field_reads_the_selected_columns_of_the_referenced_rows()
    {
        await base.A_reference_field_reads_the_selected_columns_of_the_referenced_rows();

        _db.AssertSql(
            """
            SELECT c."Id" AS "Key", c."Name"
            FROM "Cities" AS c
            WHERE c."Id" = ANY (@List0_)
            """,
            """
            SELECT p."Id", p."CityId"
            FROM "Partners" AS p
            ORDER BY p."Id"
            LIMIT @Value0
            """);
    }

    public override async Task A_collection_navigation_with_the_default_resolver_is_projected_too()
    {
        await base.A_collection_navigation_with_the_default_resolver_is_projected_too();

        _db.AssertSql(
            """
            SELECT c."RegionId", c."Id", c."Name", d."Id", d."Name"
            FROM "Cities" AS c
            LEFT JOIN "District" AS d ON c."Id" = d."CityId"
            WHERE c."RegionId" IS NOT NULL AND c."RegionId" = ANY (@List0_)
            ORDER BY c."Name", c."Id"
            """,
            """
            SELECT r."Id"
            FROM "Regions" AS r
            WHERE r."Id" = @Value0
            ORDER BY r."Id"
            LIMIT @Value1
            """);
    }
}
