using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.Validation;

/// <summary>
/// Whether two argument values are the same for Field Selection Merging: graphql-js compares
/// <c>print(sortValueNode(value))</c>, i.e. the values with input object fields sorted by name.
/// </summary>
internal static class ValueEquivalence
{
    private static readonly Comparer<string> s_natural = Comparer<string>.Create(Suggestions.NaturalCompare);

    public static bool AreEquivalent(ValueNode a, ValueNode b) => SyntaxComparer.Instance.Equals(Sort(a), Sort(b));

    // graphql-js sortValueNode: object fields in (stable) natural order of their names, recursively.
    private static ValueNode Sort(ValueNode value) => value switch
    {
        ObjectValueNode obj => new ObjectValueNode
        {
            Fields = [.. obj.Fields
                .OrderBy(f => f.Name.Value, s_natural)
                .Select(f => new ObjectFieldNode { Name = f.Name, Value = Sort(f.Value) })],
        },
        ListValueNode list => new ListValueNode { Values = [.. list.Values.Select(Sort)] },
        _ => value,
    };
}
