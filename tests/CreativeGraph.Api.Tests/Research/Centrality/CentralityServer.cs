using System.Text.Json;

namespace CreativeGraph.Api.Tests.Research.Centrality;

/// <summary>
/// The real server on the seeded graph plus generated partners in the Districts of Creativity's member regions (and,
/// as distractors, elsewhere) and generated projects from 2005 to 2016, some undated, imported through the
/// <c>import</c> command before the server starts.
/// </summary>
public sealed class CentralityServer : RunningServer
{
    /// <summary>The file the server's database lives in, for tools that read it themselves.</summary>
    public string DatabaseFile => ConnectionString["Data Source=".Length..];

    protected override async Task PrepareAsync()
    {
        string file = Path.Combine(Path.GetDirectoryName(DatabaseFile)!, "doc-projects.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(Generate(new Random(2013))));
        await RunCommandAsync("import", file);
    }

    private static object Generate(Random random)
    {
        string data = Path.Combine(RepositoryPaths.Root, "src", "CreativeGraph.Persistence", "Seed", "Data");
        Dictionary<string, string> countries = JsonDocument.Parse(File.ReadAllText(Path.Combine(data, "03-regions.json"))).RootElement.GetProperty("regions")
            .EnumerateArray().ToDictionary(r => r.GetProperty("slug").GetString()!, r => r.GetProperty("country").GetString()!);
        string[] members = ["central-denmark-region", "baden-wurttemberg", "catalonia", "flanders", "lombardy", "oklahoma", "rhone-alpes", "scotland", "tampere-region", "nord-pas-de-calais", "qingdao"];
        string[] others = [.. countries.Keys.Except(members).Take(4)];
        var partners = Enumerable.Range(0, 90).Select(i =>
        {
            string region = i < 70 ? members[i % members.Length] : others[i % others.Length];
            return new { slug = $"doc-partner-{i}", name = $"DoC Partner {i:D2}", kind = "company", region, country = countries[region], sources = new[] { "districts-of-creativity-factsheet" } };
        }).ToArray();
        var projects = Enumerable.Range(0, 60).Select(i =>
        {
            int start = 2005 + random.Next(11);
            bool dated = i % 10 != 0;
            string[] team = [.. partners.OrderBy(_ => random.Next()).Take(2 + random.Next(i % 7 == 0 ? 12 : 5)).Select(p => p.slug)];
            return new
            {
                slug = $"doc-project-{i}",
                acronym = $"DOC{i:D2}",
                title = $"Generated cooperation {i}",
                startDate = dated ? $"{start}-0{1 + random.Next(9)}-01" : null,
                startDatePrecision = dated ? "day" : null,
                endDate = dated ? $"{start + 1 + random.Next(3)}-06-30" : null,
                endDatePrecision = dated ? "day" : null,
                status = "finished",
                summary = "A generated project for the centrality tests.",
                participations = team.Select((p, k) => new { partner = p, role = k == 0 ? "lead-partner" : "partner", sources = new[] { "districts-of-creativity-factsheet" } }),
                sources = new[] { "districts-of-creativity-factsheet" },
            };
        }).ToArray();
        return new { partners, projects };
    }
}

[CollectionDefinition(Name)]
public sealed class CentralityServerCollection : ICollectionFixture<CentralityServer>
{
    public const string Name = "centrality server";
}
