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

        string diff = TextDiff.Of(committed, current);

        Assert.True(
            diff.Length == 0,
            "schema/schema.graphql is stale (- committed, + running schema):\n" + diff + "\n" +
            "Refresh it with:\n" +
            "  dotnet run --project src/CreativeGraph.Api -- schema export --output schema/schema.graphql\n" +
            "and review the diff like code.");
        Assert.Equal(committed, current);
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
    public void Decimal_amounts_are_filterable_and_sortable()
    {
        InputObjectType[] inputs = [.. KnowledgeGraphSchema.Create().Types.OfType<InputObjectType>()];

        InputObjectType projectFilter = Assert.Single(inputs, t => t.Name == "ProjectFilterInput");
        Assert.Equal("DecimalOperationFilterInput", projectFilter.Fields["budget"]!.Type.NamedType().Name);
        Assert.Equal("DecimalOperationFilterInput", projectFilter.Fields["euCofinancingRate"]!.Type.NamedType().Name);
        Assert.Equal("SortEnumType", Assert.Single(inputs, t => t.Name == "NetworkSortInput").Fields["annualFee"]!.Type.NamedType().Name);
    }
}
