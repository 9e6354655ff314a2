using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.Validation;

/// <summary>
/// Whether two argument values are the same for Field Selection Merging: graphql-js compares
/// <c>print(sortValueNode(value))</c>, i.e. the printed values with input object fields sorted by name. This
/// compares the same way without printing.
/// </summary>
internal static class ValueEquivalence
{
    public static bool AreEquivalent(ValueNode a, ValueNode b) => (a, b) switch
    {
        (VariableNode x, VariableNode y) => x.Name.Value == y.Name.Value,
        (IntValueNode x, IntValueNode y) => x.Value == y.Value,
        (FloatValueNode x, FloatValueNode y) => x.Value == y.Value,
        (StringValueNode x, StringValueNode y) => x.Block == y.Block && x.Value == y.Value,
        (BooleanValueNode x, BooleanValueNode y) => x.Value == y.Value,
        (NullValueNode, NullValueNode) => true,
        (EnumValueNode x, EnumValueNode y) => x.Value == y.Value,
        (ListValueNode x, ListValueNode y) => AreListsEquivalent(x.Values, y.Values),
        (ObjectValueNode x, ObjectValueNode y) => AreObjectsEquivalent(x.Fields, y.Fields),
        _ => false,
    };

    private static bool AreListsEquivalent(IReadOnlyList<ValueNode> x, IReadOnlyList<ValueNode> y)
    {
        if (x.Count != y.Count)
        {
            return false;
        }

        for (int i = 0; i < x.Count; i++)
        {
            if (!AreEquivalent(x[i], y[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AreObjectsEquivalent(IReadOnlyList<ObjectFieldNode> x, IReadOnlyList<ObjectFieldNode> y)
    {
        if (x.Count != y.Count)
        {
            return false;
        }

        ObjectFieldNode[] sortedX = Sort(x);
        ObjectFieldNode[] sortedY = Sort(y);
        for (int i = 0; i < sortedX.Length; i++)
        {
            if (sortedX[i].Name.Value != sortedY[i].Name.Value || !AreEquivalent(sortedX[i].Value, sortedY[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    // A stable sort by name, as JavaScript's Array.prototype.sort is.
    private static ObjectFieldNode[] Sort(IReadOnlyList<ObjectFieldNode> fields) =>
        [.. fields.OrderBy(f => f.Name.Value, Comparer<string>.Create(Suggestions.NaturalCompare))];
}
