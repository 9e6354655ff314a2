using System.Runtime.CompilerServices;
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
    private static readonly ConditionalWeakTable<object, object> s_visible = [];
    private static readonly ConditionalWeakTable<object, object> s_visibleWithDeprecated = [];
    private static readonly ConditionalWeakTable<ValueNode, string> s_printedDefaults = [];
    private static readonly ConditionalWeakTable<DirectiveDefinition, object[]> s_locations = [];

    private static object Box(bool value) => value ? s_true : s_false;

    private static object Box(TypeKind kind) => s_kinds[(int)kind];

    private static string PrintDefault(ValueNode literal) => s_printedDefaults.GetValue(literal, static l => SyntaxPrinter.Print(l));

    private static object[] BoxedLocations(DirectiveDefinition directive) =>
        s_locations.TryGetValue(directive, out object[]? locations)
            ? locations
            : s_locations.GetValue(directive, static d => [.. d.Locations.Select(l => (object)l)]);

    /// <summary>
    /// The members introspection shows (spec: meta-fields are implicit; deprecated members only with
    /// includeDeprecated): the collection itself when nothing is hidden, else a filtered array cached per collection.
    /// </summary>
    private static IReadOnlyList<T> Visible<T>(IReadOnlyList<T> members, bool includeDeprecated, Func<T, bool> isDeprecated, Func<T, bool> isMeta)
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

        ConditionalWeakTable<object, object> cache = includeDeprecated ? s_visibleWithDeprecated : s_visible;
        if (!cache.TryGetValue(members, out object? visible))
        {
            visible = cache.GetValue(members, _ => members.Where(m => !isMeta(m) && (includeDeprecated || !isDeprecated(m))).ToArray());
        }

        return (T[])visible;
    }
}
