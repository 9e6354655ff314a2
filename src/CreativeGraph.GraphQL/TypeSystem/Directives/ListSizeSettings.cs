namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// The arguments of an applied <c>@listSize</c> (IBM cost specification, as HotChocolate declares it), read
/// once at schema build and kept in the field's <see cref="OutputField.ContextData"/> under
/// <see cref="CostDirectives.ListSizeKey"/>, so the cost analysis reads a ready object.
/// </summary>
public sealed record ListSizeSettings
{
    /// <summary>The list size assumed when no slicing argument gives one.</summary>
    public int? AssumedSize { get; init; }

    /// <summary>The field's arguments whose value is the list size (the largest given wins).</summary>
    public IReadOnlyList<string> SlicingArguments { get; init; } = [];

    /// <summary>The size used when no slicing argument is given and none has a default value.</summary>
    public int? SlicingArgumentDefaultValue { get; init; }

    /// <summary>Sub-fields whose list has the size (a connection's <c>edges</c> and <c>nodes</c>), not the field itself.</summary>
    public IReadOnlyList<string> SizedFields { get; init; } = [];

    /// <summary>When true (the directive's default), a selection must give exactly one slicing argument.</summary>
    public bool RequireOneSlicingArgument { get; init; } = true;
}
