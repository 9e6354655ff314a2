using CreativeGraph.Persistence.Tests.Fixtures;
using CreativeGraph.Persistence.Tests.Search;

namespace CreativeGraph.Persistence.Tests.Sqlite;

[Collection(SqliteCollection.Name)]
public sealed class SubstringIndexSqliteTests(SqliteFixture fixture) : SubstringIndexTests<SqliteFixture>(fixture)
{
    // SQLite lowers with .NET itself (lower_invariant), so every letter .NET folds is fair game: the Kelvin sign
    // and the dotted capital I fold to ASCII, Cherokee and Greek fold outside Latin, ß has no one-letter capital.
    protected override IReadOnlyList<string> AwkwardNames { get; } =
    [
        "ÅRHUS Kunsthal", "Århus Kunsthal", "STRAẞE der Künste", "ΛΟΓΟΣ Studio", "İstanbul Atölye", "\u212Aelvin Works",
        "ᎠᎡᎢ Cherokee Arts", "Łódź Film School", "Ærø Øresund", "\"Quoted\" 100% under_score \\back",
    ];
}
