using System.Linq.Expressions;

namespace CreativeGraph.Data.Sorting;

/// <summary>One ORDER BY term: a key over the entity parameter (<c>x.Region.Name</c>) and its direction.</summary>
internal sealed record SortKey(Expression Body, bool Descending, bool IsNullable)
{
    public Type Type => Body.Type;
}
