using System.Reflection;
using System.Text.RegularExpressions;
using CreativeGraph.Api.Research;
using CreativeGraph.Data.Core;
using CreativeGraph.GraphQL.AspNetCore;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.Api.Tests;

/// <summary>
/// Each layer keeps its error codes in its own registry (a static class named <c>…ErrorCodes</c>); a client only
/// sees <c>extensions.code</c>, so one code string must keep one meaning across all of them.
/// </summary>
public sealed partial class ErrorCodeRegistryTests
{
    private static readonly Assembly[] s_layers =
    [
        typeof(ErrorCodes).Assembly,
        typeof(ServerErrorCodes).Assembly,
        typeof(DataErrorCodes).Assembly,
        typeof(Persistence.SqliteKnowledgeGraphDbContext).Assembly,
        typeof(ResearchErrorCodes).Assembly,
    ];

    private static readonly (string Registry, string Name, string Value)[] s_codes = [.. s_layers
        .SelectMany(assembly => assembly.GetTypes())
        .Where(type => type is { IsAbstract: true, IsSealed: true } && type.Name.EndsWith("ErrorCodes", StringComparison.Ordinal))
        .SelectMany(type => type
            .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (type.FullName!, field.Name, (string)field.GetRawConstantValue()!)))];

    [Fact]
    public void Every_layer_registry_is_found()
    {
        HashSet<string> registries = [.. s_codes.Select(code => code.Registry)];

        Assert.Subset(
            registries,
            new HashSet<string>
            {
                "CreativeGraph.Api.Operations.DatabaseErrorCodes",
                "CreativeGraph.Api.Research.ResearchErrorCodes",
                "CreativeGraph.Api.Search.SearchErrorCodes",
                "CreativeGraph.Data.Core.DataErrorCodes",
                "CreativeGraph.GraphQL.AspNetCore.ServerErrorCodes",
                "CreativeGraph.GraphQL.Response.ErrorCodes",
            });
    }

    [Fact]
    public void No_code_is_used_by_two_constants()
    {
        string[] clashes = [.. s_codes
            .GroupBy(code => code.Value, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => $"{group.Key}: {string.Join(", ", group.Select(code => $"{code.Registry}.{code.Name}"))}")];

        Assert.Empty(clashes);
    }

    [Fact]
    public void Every_code_is_well_formed() =>
        Assert.Empty(s_codes.Where(code => !WellFormed().IsMatch(code.Value)).Select(code => $"{code.Registry}.{code.Name}"));

    // HotChocolate's codes (HC0014) or PHASE_NOUN_PROBLEM.
    [GeneratedRegex("^(HC[0-9]{4}|[A-Z][A-Z0-9]*(_[A-Z0-9]+)*)$")]
    private static partial Regex WellFormed();
}
