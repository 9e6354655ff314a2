using CreativeGraph.Data.Core;
using CreativeGraph.Data.Filtering;

namespace CreativeGraph.Data;

/// <summary>
/// Filtering outside a list field: a field that aggregates (counts, statistics) takes the same <c>where</c> input
/// as the entity's lists and narrows its own query with it, with the same semantics and errors (HC0026).
/// </summary>
public static class FilterExtensions
{
    /// <summary>
    /// <paramref name="query"/> narrowed by a coerced <c>&lt;T&gt;FilterInput</c> value (<paramref name="where"/>, as the
    /// resolver receives it); unchanged when it is null. The entity must be declared with <see cref="DataSchema.Entity{T}"/>.
    /// </summary>
    public static IQueryable<T> Where<T>(this DataSchema data, IQueryable<T> query, object? where)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new FilterTranslator(data).Translate<T>(where) is { } predicate ? query.Where(predicate) : query;
    }
}
