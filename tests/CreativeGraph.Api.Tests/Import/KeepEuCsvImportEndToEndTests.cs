using System.Text.Json;
using System.Xml.Linq;

namespace CreativeGraph.Api.Tests.Import;

/// <summary>
/// A keep.eu-style table imported with the built server's <c>import</c> command into the seeded graph shows up
/// everywhere: in GraphQL, in the collaborators traversal (joined to a seeded partner it matched by name and country)
/// and in the GraphML export.
/// </summary>
public sealed class KeepEuCsvImportEndToEndTests(KeepEuCsvImportEndToEndTests.Server server) : IClassFixture<KeepEuCsvImportEndToEndTests.Server>
{
    [Fact]
    public void The_import_reported_what_it_added_and_matched()
    {
        Assert.Contains("Partner               2 added,        1 matched", server.ImportOutput, StringComparison.Ordinal);
        Assert.Contains("Project               1 added,        0 matched", server.ImportOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_new_partner_is_queryable_and_collaborates_with_the_matched_seeded_one()
    {
        JsonElement data = await server.QueryAsync("""
            { partner(slug: "aarhus-design-hub-aps-dk") { name country { code } collaborators(first: 10) { nodes { partner { slug } sharedProjects { acronym } } } } }
            """);

        JsonElement partner = data.GetProperty("partner");
        Assert.Equal(("Aarhus Design Hub ApS", "DK"), (partner.GetProperty("name").GetString(), partner.GetProperty("country").GetProperty("code").GetString()));
        string[] collaborators = [.. partner.GetProperty("collaborators").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("partner").GetProperty("slug").GetString()!).Order()];
        Assert.Equal(["city-of-pecs", "zadar-creative-lab-hr"], collaborators);
    }

    [Fact]
    public void The_graphml_export_holds_the_imported_project_and_partners()
    {
        XDocument graphml = XDocument.Load(server.ExportPath);
        string[] labels = [.. graphml.Descendants().Where(e => e.Name.LocalName == "data").Select(e => e.Value)];

        Assert.Contains("Aarhus Design Hub ApS", labels);
        Assert.Contains("Zadar Creative Lab", labels);
        Assert.Contains(labels, l => l.Contains("CSV-DEMO", StringComparison.Ordinal));
    }

    /// <summary>The server over a seeded database into which the table was imported (and exported) before it started.</summary>
    public sealed class Server : RunningServer
    {
        public string ImportOutput { get; private set; } = "";

        public string ExportPath => Path.Combine(DataDirectory, "graph.graphml");

        protected override async Task PrepareAsync()
        {
            string csv = Path.Combine(DataDirectory, "keep-demo.csv");
            await File.WriteAllTextAsync(csv, """"
                Project acronym;Project title;Programme;Programme period;Start date;End date;Total budget;EU co-financing;Partner name;Partner role;Country;NUTS code;NUTS name;City
                CSV-DEMO;"Creative ports; a ""demo""";Interreg Demo Programme;2014 - 2020;01/03/2016;28.02.2019;1.500.000,00;1.200.000,00;Aarhus Design Hub ApS;Lead partner;DK;DK04;Midtjylland;Aarhus
                CSV-DEMO;"Creative ports; a ""demo""";Interreg Demo Programme;2014 - 2020;01/03/2016;28.02.2019;1.500.000,00;1.200.000,00;CITY OF PECS;Partner;Hungary;HU23;Dél-Dunántúl;Pécs
                CSV-DEMO;"Creative ports; a ""demo""";Interreg Demo Programme;2014 - 2020;01/03/2016;28.02.2019;1.500.000,00;1.200.000,00;Zadar Creative Lab;Associated partner;HR;HR03;Jadranska Hrvatska;Zadar

                """");
            ImportOutput = await RunCommandAsync("import", csv);
            await RunCommandAsync("export", "--format", "graphml", "--output", ExportPath);
        }
    }
}
