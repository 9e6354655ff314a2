using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.Data.Lists;

/// <summary>
/// Identifies one selection of a field for a keyed data loader: the field's definition and its merged field nodes
/// (by reference). Every parent of one execution level shares it, so they share one loader and one batch;
/// selections with other arguments or sub-selections (aliases, other fragments) get their own.
/// </summary>
internal sealed class SelectionKey(object definition, IReadOnlyList<FieldNode> nodes) : IEquatable<SelectionKey>
{
    private readonly object _definition = definition;
    private readonly IReadOnlyList<FieldNode> _nodes = nodes;

    public bool Equals(SelectionKey? other)
    {
        if (other is null || !ReferenceEquals(_definition, other._definition) || _nodes.Count != other._nodes.Count)
        {
            return false;
        }

        for (int i = 0; i < _nodes.Count; i++)
        {
            if (!ReferenceEquals(_nodes[i], other._nodes[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as SelectionKey);

    public override int GetHashCode() => HashCode.Combine(_definition, _nodes.Count, _nodes[0]);
}
