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
}
