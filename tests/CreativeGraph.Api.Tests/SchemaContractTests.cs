using System.Reflection;
using System.Text.Json;
using CreativeGraph.Api.Commands;
using CreativeGraph.Api.KnowledgeGraph;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence.Model;

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
    public void No_filter_or_sort_input_has_a_field_for_a_personal_data_member()
    {
        // Every [PersonalData] member of the model, by the name the data conventions give its input field.
        string[] personalData = [.. typeof(PersonalDataAttribute).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.GetCustomAttribute<PersonalDataAttribute>() is not null)
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .Distinct()];
        InputObjectType[] inputs = [.. KnowledgeGraphSchema.Create().Types.OfType<InputObjectType>()
            .Where(t => t.Name.EndsWith("FilterInput", StringComparison.Ordinal) || t.Name.EndsWith("SortInput", StringComparison.Ordinal))];

        Assert.Contains("email", personalData);
        Assert.Contains(inputs, t => t.Name == "RegionFilterInput");
        Assert.Contains(inputs, t => t.Name == "RegionSortInput");
        Assert.All(inputs, input => Assert.DoesNotContain(input.Fields, f => personalData.Contains(f.Name)));
    }

    [Fact]
    public void No_filter_or_sort_input_compares_decimals_which_SQLite_cannot()
    {
        // The decimal members (budget, euCofinancingRate, annualFee) are read and returned exactly, but EF Core cannot
        // compare or order them on SQLite, so they stay out of where and order.
        InputObjectType[] inputs = [.. KnowledgeGraphSchema.Create().Types.OfType<InputObjectType>()
            .Where(t => t.Name.EndsWith("FilterInput", StringComparison.Ordinal) || t.Name.EndsWith("SortInput", StringComparison.Ordinal))];

        Assert.Contains(inputs, t => t.Name == "ProjectFilterInput");
        Assert.DoesNotContain(inputs, t => t.Name == "DecimalOperationFilterInput");
        Assert.All(inputs, input => Assert.DoesNotContain(input.Fields, f => f.Name is "budget" or "euCofinancingRate" or "annualFee"));
    }
}
