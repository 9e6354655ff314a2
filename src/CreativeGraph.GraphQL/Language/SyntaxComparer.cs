namespace CreativeGraph.GraphQL.Language;

/// <summary>Structural equality of syntax trees: same kinds, values and children; locations are ignored.</summary>
public sealed class SyntaxComparer : IEqualityComparer<SyntaxNode>
{
    /// <summary>The shared instance.</summary>
    public static SyntaxComparer Instance { get; } = new();

    /// <summary>True when both trees have the same shape and values (or both are null).</summary>
    public bool Equals(SyntaxNode? x, SyntaxNode? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null || x.Kind != y.Kind || !Equals(SyntaxChildren.Scalars(x), SyntaxChildren.Scalars(y)))
        {
            return false;
        }

        List<SyntaxNode?> left = [];
        List<SyntaxNode?> right = [];
        SyntaxChildren.AddTo(x, left);
        SyntaxChildren.AddTo(y, right);
        if (left.Count != right.Count)
        {
            return false;
        }

        for (int i = 0; i < left.Count; i++)
        {
            if (!Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash consistent with <see cref="Equals(SyntaxNode?, SyntaxNode?)"/>.</summary>
    public int GetHashCode(SyntaxNode obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        HashCode hash = default;
        hash.Add(obj.Kind);
        hash.Add(SyntaxChildren.Scalars(obj));
        List<SyntaxNode?> children = [];
        SyntaxChildren.AddTo(obj, children);
        foreach (SyntaxNode? child in children)
        {
            hash.Add(child is null ? 0 : GetHashCode(child));
        }

        return hash.ToHashCode();
    }
}
