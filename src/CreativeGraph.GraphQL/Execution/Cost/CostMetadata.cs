using System.Globalization;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// The <see cref="OutputField.ContextData"/> (and argument <see cref="InputValue.ContextData"/>) keys the cost
/// analysis reads. The schema builder fills them from the applied <c>@cost</c> and <c>@listSize</c> directives
/// (<see cref="CostDirectives"/>); code may also set them on a built schema.
/// </summary>
public static class CostMetadata
{
    /// <summary>
    /// <c>@cost(weight:)</c>: a number (double or int). Default for fields: 1 for composite and list fields, 0 for
    /// other leaves; for arguments: 0.
    /// </summary>
    public const string Weight = CostDirectives.WeightKey;

    /// <summary>
    /// <c>@listSize</c>: a <see cref="ListSizeSettings"/>. Without it a list field's size is its <c>first</c> or
    /// <c>last</c> argument when given, else 1.
    /// </summary>
    public const string ListSize = CostDirectives.ListSizeKey;

    /// <summary>
    /// The most elements the field can ever return (an int), e.g. a connection's maximum page size: a slicing
    /// argument above it is refused at execution (HC0051), so the analysis counts it as this many, never more.
    /// </summary>
    public const string MaxListSize = "CreativeGraph.Cost.MaxListSize";

    /// <summary>The largest list the field can return, when the schema says.</summary>
    internal static double? MaxListSizeOf(IDictionary<string, object?> contextData) =>
        contextData.TryGetValue(MaxListSize, out object? max) && max is not null
            ? Convert.ToDouble(max, CultureInfo.InvariantCulture)
            : null;

    /// <summary>The weight set on a field or input value, if any.</summary>
    internal static double? WeightOf(IDictionary<string, object?> contextData) =>
        contextData.TryGetValue(Weight, out object? weight) && weight is not null
            ? Convert.ToDouble(weight, CultureInfo.InvariantCulture)
            : null;
}
