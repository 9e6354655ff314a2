using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Introspection;

// Introspection answers computed once per schema element, so resolvers allocate nothing per call (no allocation on a hot path;
// ExecutionBenchmarks.ExecuteIntrospection): filtered lists, printed default values, boxed kinds and booleans.
internal static partial class IntrospectionTypes
{
    private static readonly object s_true = true;
    private static readonly object s_false = false;
    private static readonly object[] s_kinds = [.. Enum.GetValues<TypeKind>().Select(k => (object)k)];

    private static object Box(bool value) => value ? s_true : s_false;

    private static object Box(TypeKind kind) => s_kinds[(int)kind];

    private static string? PrintDefault(InputValue value) =>
        value.DefaultValueLiteral is null ? null : value.Features.GetOrAdd(value, static v => new PrintedDefault(SyntaxPrinter.Print(v.DefaultValueLiteral!))).Text;

    private static object[] BoxedLocations(DirectiveDefinition directive) =>
        directive.Features.GetOrAdd(directive, static d => new BoxedDirectiveLocations([.. d.Locations.Select(l => (object)l)])).Locations;

    /// <summary>
    /// The members introspection shows (spec: meta-fields are implicit; deprecated members only with
    /// includeDeprecated): the collection itself when nothing is hidden, else a filtered array kept on the features of
    /// the element that owns the collection (a type, field or directive owns one collection of each member kind).
    /// </summary>
    private static IReadOnlyList<T> Visible<T>(FeatureCollection owner, IReadOnlyList<T> members, bool includeDeprecated, Func<T, bool> isDeprecated, Func<T, bool> isMeta)
        where T : class
    {
        bool hidesAny = false;
        for (int i = 0; i < members.Count && !hidesAny; i++)
        {
            hidesAny = isMeta(members[i]) || (!includeDeprecated && isDeprecated(members[i]));
        }

        if (!hidesAny)
        {
            return members;
        }

        VisibleMembers<T> visible = owner.GetOrAdd(0, static _ => new VisibleMembers<T>());
        return includeDeprecated
            ? visible.WithDeprecated ??= [.. members.Where(m => !isMeta(m))]
            : visible.WithoutDeprecated ??= [.. members.Where(m => !isMeta(m) && !isDeprecated(m))];
    }

    /// <summary>A default value printed as a GraphQL literal.</summary>
    private sealed record PrintedDefault(string Text);

    /// <summary>A directive's locations, boxed once for the enum results.</summary>
    private sealed record BoxedDirectiveLocations(object[] Locations);

    /// <summary>The members introspection shows of one collection, with and without the deprecated ones.</summary>
    private sealed class VisibleMembers<T>
    {
        public T[]? WithDeprecated { get; set; }

        public T[]? WithoutDeprecated { get; set; }
    }
}
