using System.Text;
using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Search;
using CreativeGraph.Persistence.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence.Tests.Search;

/// <summary>
/// The partner-name substring index finds exactly the partners whose lowered name contains the lowered term, as LINQ
/// to objects does, after inserts, renames and deletes (the index follows through triggers on SQLite), for random
/// terms cut from the names with their letters' case flipped, terms with the index's own syntax (quotes, LIKE
/// wildcards, backslashes) and terms that are nowhere.
/// </summary>
public abstract class SubstringIndexTests<TFixture>(TFixture fixture)
    where TFixture : KnowledgeGraphFixture
{
    /// <summary>Names the provider must lower as .NET's invariant culture does.</summary>
    protected abstract IReadOnlyList<string> AwkwardNames { get; }

    [DatabaseFact]
    public async Task Contains_through_the_index_returns_what_linq_to_objects_returns()
    {
        await using TestDatabase database = await fixture.CreateSeededDatabaseAsync();
        await using KnowledgeGraphDbContext db = database.CreateContext();
        var random = new Random(20261203);

        // Renames (the update trigger), copies under new keys (the insert trigger) and one delete (the delete trigger).
        List<Partner> partners = await db.Partners.OrderBy(p => p.Id).ToListAsync();
        Assert.True(partners.Count > AwkwardNames.Count, "The seed has too few partners for this test.");
        for (int i = 0; i < AwkwardNames.Count; i++)
        {
            partners[i].Name = AwkwardNames[i];
        }

        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "Partners" ("Slug", "Name", "Kind") SELECT "Slug" || '-copy', upper("Name") || ' Copy', "Kind" FROM "Partners" WHERE "Id" <= 3""");
        db.Partners.Remove(await db.Partners.OrderByDescending(p => p.Id).FirstAsync());
        await db.SaveChangesAsync();

        var all = await db.Partners.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync();
        List<string> terms = ["\"st", "st\"", "%%%", "___", @"\\\", "a_b", "zzzzqx", "COPY", " co"];
        for (int i = 0; i < 300; i++)
        {
            string name = all[random.Next(all.Count)].Name;
            var letters = name.EnumerateRunes().ToArray();
            if (letters.Length < 3)
            {
                continue;
            }

            int length = random.Next(3, Math.Min(9, letters.Length + 1));
            int start = random.Next(letters.Length - length + 1);
            terms.Add(string.Concat(letters.Skip(start).Take(length).Select(r => random.Next(2) == 0 ? Rune.ToUpperInvariant(r).ToString() : r.ToString())));
        }

        foreach (string term in terms)
        {
            string lowered = term.ToLowerInvariant();
            Assert.True(SubstringIndex.IsIndexable(lowered), term);
            int[] expected = [.. all.Where(p => p.Name.ToLowerInvariant().Contains(lowered, StringComparison.Ordinal)).Select(p => p.Id).Order()];
            int[] actual = [.. (await db.Partners.Where(SubstringIndex.PartnerNames.Contains<Partner>(db, lowered)).Select(p => p.Id).ToListAsync()).Order()];
            Assert.True(expected.SequenceEqual(actual), $"\"{term}\": expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
        }
    }

    [DatabaseFact]
    public async Task Contains_reads_the_index_not_the_table()
    {
        await using KnowledgeGraphDbContext db = fixture.CreateContext();

        // The statement after the parameters' values, which ToQueryString prints first.
        string sql = db.Partners.Where(SubstringIndex.PartnerNames.Contains<Partner>(db, "studio")).ToQueryString();
        sql = sql[sql.IndexOf("SELECT", StringComparison.Ordinal)..];

        Assert.Contains(db.Database.IsSqlite() ? "\"PartnerNameTrigrams\"" : "LIKE", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("studio", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Terms_shorter_than_three_characters_are_not_indexable()
    {
        Assert.False(SubstringIndex.IsIndexable("ab"));
        Assert.False(SubstringIndex.IsIndexable("𝒜𝒜"));
        Assert.True(SubstringIndex.IsIndexable("𝒜𝒜𝒜"));
    }
}
