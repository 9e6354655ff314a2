using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Tests.TypeSystem.SchemaValidation;

/// <summary>Builds SDL and compares the schema errors as "message (line:column)" lines.</summary>
internal static class SchemaRuleAssert
{
    public static void Valid(string sdl) => SchemaBuilder.FromSdl(sdl).Build();

    public static void Errors(string sdl, params string[] expected)
    {
        SchemaException error = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(sdl).Build());
        Assert.Equal(expected, error.Errors.Select(Format));
        Assert.All(error.Errors, e => Assert.StartsWith("SCHEMA_", e.Code, StringComparison.Ordinal));
    }

    private static string Format(GraphQLError error) =>
        error.Locations is { Count: > 0 } l ? $"{error.Message} ({l[0].Line}:{l[0].Column})" : error.Message;
}
