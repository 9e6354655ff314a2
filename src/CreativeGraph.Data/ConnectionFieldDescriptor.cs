using System.Linq.Expressions;
using CreativeGraph.Data.Lists;
using CreativeGraph.Data.Loading;
using CreativeGraph.Data.Paging;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data;

/// <summary>
/// A nested list field (<c>Region.cities</c>, <c>Project.partners</c> through Participation): every parent of one
/// execution level is served by one SQL statement (a per-parent window), with the same <c>first/after/last/before</c>,
/// <c>where</c>, <c>order</c>, cursors and errors as root connections. Without <see cref="UsePaging"/> the field is a
/// plain <c>[Node!]!</c> list. Call the <c>Use*</c> methods in HotChocolate's order (paging, projection, filtering, sorting).
/// </summary>
/// <typeparam name="TParent">The CLR type of the parent objects.</typeparam>
/// <typeparam name="TLink">The rows the parent key selects (the node type itself, or an edge entity).</typeparam>
/// <typeparam name="TNode">The list's elements.</typeparam>
/// <typeparam name="TKey">The parent key (int, string, or a composite value tuple or record).</typeparam>
public sealed class ConnectionFieldDescriptor<TParent, TLink, TNode, TKey>
    where TKey : notnull
{
    private readonly ListSettings _settings;
    private readonly string _fieldName;
    private readonly string _ownerType;
    private readonly NestedList<TLink, TNode, TKey> _list;

    internal ConnectionFieldDescriptor(ListSettings settings, string fieldName, string ownerType, NestedList<TLink, TNode, TKey> list)
    {
        _settings = settings;
        _fieldName = fieldName;
        _ownerType = ownerType;
        _list = list;
        Apply();
    }

    /// <summary>The underlying field, for its description, deprecation or directives.</summary>
    public FieldDescriptor Field => _settings.Field;

    /// <summary>
    /// Cursor paging: <c>first/after/last/before</c> and a connection type named after the field
    /// (<c>cities</c> → <c>CitiesConnection</c>, see <see cref="PagingOptions.ConnectionName"/>).
    /// </summary>
    public ConnectionFieldDescriptor<TParent, TLink, TNode, TKey> UsePaging(Action<PagingOptions>? configure = null)
    {
        _settings.UsePaging(configure);
        return Apply();
    }

    /// <summary>Projection: the nodes are read with only the columns the selection needs.</summary>
    public ConnectionFieldDescriptor<TParent, TLink, TNode, TKey> UseProjection()
    {
        _settings.Projection = true;
        return this;
    }

    /// <summary>Filtering on the node: <c>where: &lt;TNode&gt;FilterInput</c>.</summary>
    public ConnectionFieldDescriptor<TParent, TLink, TNode, TKey> UseFiltering()
    {
        _settings.UseFiltering();
        return this;
    }

    /// <summary>Sorting on the node: <c>order: [&lt;TNode&gt;SortInput!]</c>; the node key is the last tie-breaker.</summary>
    public ConnectionFieldDescriptor<TParent, TLink, TNode, TKey> UseSorting()
    {
        _settings.UseSorting();
        return this;
    }

    /// <summary>The order when the request gives no <c>order</c>: fields of <c>&lt;TNode&gt;SortInput</c> in priority order.</summary>
    public ConnectionFieldDescriptor<TParent, TLink, TNode, TKey> DefaultOrder(params (string Field, bool Descending)[] keys)
    {
        _settings.UseDefaultOrder(keys);
        return this;
    }

    /// <summary>The node's key, the cursors' last value and tie-breaker (default: <c>[Key]</c>, <c>Id</c> or <c>&lt;Type&gt;Id</c>).</summary>
    public ConnectionFieldDescriptor<TParent, TLink, TNode, TKey> Key<TNodeKey>(Expression<Func<TNode, TNodeKey>> key)
    {
        _settings.Key = key;
        return this;
    }

    private ConnectionFieldDescriptor<TParent, TLink, TNode, TKey> Apply()
    {
        Field.Type(_settings.Paging is null
            ? $"[{_settings.NodeType}!]!"
            : ConnectionTypeBuilder.AddConnection(_settings.Data, _fieldName, _settings.NodeType, _ownerType, _settings.Paging, Aggregates.AggregateFields.Field(_settings)));
        Field.Resolve(_list.ResolveAsync);
        return this;
    }
}

/// <summary>A to-one field (partner → city) served by a batch loader per selection: one statement per batch.</summary>
/// <typeparam name="TParent">The CLR type of the parent objects.</typeparam>
/// <typeparam name="TNode">The referenced entity.</typeparam>
/// <typeparam name="TKey">The referenced entity's key, which the parent holds (a foreign key).</typeparam>
public sealed class ReferenceFieldDescriptor<TParent, TNode, TKey>
    where TKey : notnull
{
    private readonly ListSettings _settings;

    internal ReferenceFieldDescriptor(ListSettings settings) => _settings = settings;

    /// <summary>The underlying field, for its description, deprecation or directives.</summary>
    public FieldDescriptor Field => _settings.Field;

    /// <summary>Projection: the referenced rows are read with only the columns the selection needs.</summary>
    public ReferenceFieldDescriptor<TParent, TNode, TKey> UseProjection()
    {
        _settings.Projection = true;
        return this;
    }
}
