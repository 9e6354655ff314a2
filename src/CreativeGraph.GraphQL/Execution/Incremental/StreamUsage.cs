using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// The <c>@stream</c> of a field set (incremental delivery RFC; graphql-js 17 reads it from the field set's first
/// node, as here): the list's first <see cref="InitialCount"/> items come with the field, the rest in later payloads.
/// </summary>
internal sealed class StreamUsage(string? label, int initialCount, GraphQLError? error)
{
    /// <summary>graphql-js 17's wording for a negative <c>initialCount</c>, a field error at the list.</summary>
    public const string NegativeInitialCountMessage = "initialCount must be a positive integer";

    public string? Label { get; } = label;

    public int InitialCount { get; } = initialCount;

    /// <summary>A field error the list raises instead of streaming (a negative <c>initialCount</c>).</summary>
    public GraphQLError? Error { get; } = error;

    /// <summary>
    /// The stream of <paramref name="node"/> when it applies: absent, or <c>if: false</c>, means the list is
    /// completed whole. Its arguments are coerced as the directive definition declares them (defaults included).
    /// </summary>
    public static StreamUsage? Find(Schema schema, FieldNode node, IReadOnlyDictionary<string, object?>? variables)
    {
        DirectiveNode? directive = node.Directives.FirstOrDefault(d => d.Name.Value == IncrementalDirectives.Stream);
        if (directive is null || !schema.TryGetDirective(IncrementalDirectives.Stream, out DirectiveDefinition? definition))
        {
            return null;
        }

        IReadOnlyDictionary<string, object?> arguments = ArgumentCoercion.Coerce(definition!.Arguments, directive.Arguments, variables, out GraphQLError? error);
        if (error is not null)
        {
            return new StreamUsage(null, 0, error);
        }

        if (arguments.TryGetValue("if", out object? enabled) && enabled is false)
        {
            return null;
        }

        string? label = arguments.TryGetValue("label", out object? l) ? l as string : null;
        int initialCount = arguments.TryGetValue("initialCount", out object? count) ? Convert.ToInt32(count, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return initialCount < 0
            ? new StreamUsage(label, initialCount, new GraphQLError(NegativeInitialCountMessage, ErrorCodes.ExecutionStreamInitialCountNegative))
            : new StreamUsage(label, initialCount, null);
    }
}
