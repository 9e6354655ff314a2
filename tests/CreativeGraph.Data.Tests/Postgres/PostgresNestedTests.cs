using CreativeGraph.Data.Tests.Fixtures;
using CreativeGraph.Data.Tests.Nested;
using CreativeGraph.Data.Tests.Projections;



namespace CreativeGraph.Data.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresNestedConnectionTests(PostgresFixture db) : NestedConnectionTests<PostgresFixture>(db), IPostgresTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresNestedStatementTests(PostgresFixture db) : NestedStatementTests<PostgresFixture>(db), IPostgresTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresNestedErrorTests(PostgresFixture db) : NestedErrorTests<PostgresFixture>(db), IPostgresTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresNestedDifferentialTests(PostgresFixture db) : NestedDifferentialTests<PostgresFixture>(db), IPostgresTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresProjectionTests(PostgresFixture db) : ProjectionTests<PostgresFixture>(db), IPostgresTests;
