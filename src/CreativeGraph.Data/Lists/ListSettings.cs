using System.Linq.Expressions;
using CreativeGraph.Data.Core;
using CreativeGraph.Data.Filtering;
using CreativeGraph.Data.Paging;
using CreativeGraph.Data.Sorting;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data.Lists;

/// <summary>
/// What a list field was declared with (<c>UsePaging</c>, <c>UseFiltering</c>, <c>UseSorting</c>, <c>UseProjection</c>,
/// the default order and the key), shared by root, nested and reference fields. Each <c>Use*</c> adds its
/// arguments to the field in HotChocolate's order.
/// </summary>
internal sealed class ListSettings
{
    public ListSettings(DataSchema data, FieldDescriptor field, Type node, string nodeType)
    {
        Data = data;
        Field = field;
        Node = node;
        NodeType = nodeType;
        Key = Expressions.EntityKeys.Default(node);
    }

    public DataSchema Data { get; }

    public FieldDescriptor Field { get; }

    /// <summary>The CLR type of the list's elements.</summary>
    public Type Node { get; }

    /// <summary>The GraphQL type name of the list's elements.</summary>
    public string NodeType { get; }

    public LambdaExpression Key { get; set; }

    public PagingOptions? Paging { get; private set; }

    /// <summary>Offset paging (<c>skip</c>/<c>take</c>); a field pages one way only, as in HotChocolate.</summary>
    public OffsetPagingOptions? OffsetPaging { get; private set; }

    public bool Filtering { get; private set; }

    public bool Sorting { get; private set; }

    public bool Projection { get; set; }

    public IReadOnlyDictionary<string, object?>[]? DefaultOrder { get; private set; }

    public void UsePaging(Action<PagingOptions>? configure)
    {
        if (OffsetPaging is not null)
        {
            throw new InvalidOperationException($"The field {Field.Name} already pages with skip and take; a field pages one way only.");
        }

        Paging = PagingOptions.Default.Clone();
        configure?.Invoke(Paging);
        Field.Argument("first", "Int").Argument("after", "String").Argument("last", "Int").Argument("before", "String");

        // Cost analysis weighs the page as HotChocolate's UsePaging declares it: first/last slice the list (the default
        // page size when neither is given), and the page is what edges and nodes hold.
        Field.ListSize(
            assumedSize: Paging.MaxPageSize,
            slicingArguments: ["first", "last"],
            sizedFields: ["edges", "nodes"],
            requireOneSlicingArgument: false,
            slicingArgumentDefaultValue: Paging.DefaultPageSize);
        Field.ContextData(CostMetadata.MaxListSize, Paging.MaxPageSize);
    }

    public void UseOffsetPaging(Action<OffsetPagingOptions>? configure)
    {
        if (Paging is not null)
        {
            throw new InvalidOperationException($"The field {Field.Name} already pages with cursors; a field pages one way only.");
        }

        OffsetPaging = OffsetPagingOptions.Default.Clone();
        configure?.Invoke(OffsetPaging);
        Field.Argument("skip", "Int").Argument("take", "Int");

        // Cost analysis weighs the segment as HotChocolate's UseOffsetPaging declares it: take slices the list (the
        // default page size when absent), and the segment is what items holds.
        Field.ListSize(
            assumedSize: OffsetPaging.MaxPageSize,
            slicingArguments: ["take"],
            sizedFields: ["items"],
            requireOneSlicingArgument: false,
            slicingArgumentDefaultValue: OffsetPaging.DefaultPageSize);
        Field.ContextData(CostMetadata.MaxListSize, OffsetPaging.MaxPageSize);
    }

    public void UseFiltering()
    {
        Filtering = true;
        Field.Argument("where", FilterInputBuilder.AddFilterInput(Data, Node));
    }

    public void UseSorting()
    {
        Sorting = true;
        Field.Argument("order", $"[{SortInputBuilder.AddSortInput(Data, Node)}!]");
    }

    public void UseDefaultOrder((string Field, bool Descending)[] keys) =>
        DefaultOrder = [.. keys.Select(k => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [k.Field] = k.Descending ? SortDirection.Descending : SortDirection.Ascending,
        })];

    /// <summary>True when the list is ordered (by the request, a default order or paging's key order).</summary>
    public bool IsOrdered => Sorting || Paging is not null || OffsetPaging is not null || DefaultOrder is not null;
}
