using CreativeGraph.Api.Commands;

namespace CreativeGraph.Api.Tests;

/// <summary>schema/schema.graphql is the public SDL contract; it must be what the server exposes.</summary>
public sealed class SchemaContractTests
{
    [Fact]
    public void The_committed_SDL_is_the_running_schema()
    {
        string committed = File.ReadAllText(RepositoryPaths.SchemaFile).ReplaceLineEndings("\n");
        string current = SchemaExportCommand.ExportSdl();

        Assert.True(
            committed == current,
            "schema/schema.graphql is stale. Refresh it with:\n" +
            "  dotnet run --project src/CreativeGraph.Api -- schema export --output schema/schema.graphql\n" +
            "and review the diff like code.");
    }

    [Fact]
    public void No_filter_or_sort_input_exposes_personal_data_or_decimals()
    {
        string[] inputs = SchemaExportCommand.ExportSdl().ReplaceLineEndings("\n").Split("\n\n")
            .Where(t => t.StartsWith("input ", StringComparison.Ordinal) && (t.Contains("FilterInput {", StringComparison.Ordinal) || t.Contains("SortInput {", StringComparison.Ordinal)))
            .ToArray();

        Assert.Contains(inputs, t => t.StartsWith("input RegionFilterInput {", StringComparison.Ordinal));
        Assert.DoesNotContain(inputs, t => t.Contains("email", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(inputs, t => t.Contains("budget:", StringComparison.Ordinal) || t.Contains("euCofinancingRate:", StringComparison.Ordinal) || t.Contains("annualFee:", StringComparison.Ordinal));
    }
}
