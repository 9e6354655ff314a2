using CreativeGraph.Persistence.Tests.Fixtures;

namespace CreativeGraph.Persistence.Tests.Import;

[Collection(PostgresCollection.Name)]
public sealed class KeepEuCsvImportPostgresTests(PostgresFixture fixture) : KeepEuCsvImportTests<PostgresFixture>(fixture), IPostgresTests;
