using CreativeGraph.Persistence.Tests.Fixtures;
using CreativeGraph.Persistence.Tests.Search;

namespace CreativeGraph.Persistence.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class SubstringIndexPostgresTests(PostgresFixture fixture) : SubstringIndexTests<PostgresFixture>(fixture), IPostgresTests
{
    // PostgreSQL lowers with ICU, which agrees with .NET on letters with one lower case; the letters where they part
    // (final sigma, dotted I, the Kelvin sign) are the documented difference between the providers.
    protected override IReadOnlyList<string> AwkwardNames { get; } =
    [
        "ÅRHUS Kunsthal", "Århus Kunsthal", "ŽIŽEK Ünal", "ЖУРНАЛ Studio", "Łódź Film School", "Ærø Øresund",
        "\"Quoted\" 100% under_score \\back",
    ];
}
