namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// The <see cref="TypeSystem.OutputField.ContextData"/> keys the cost analysis reads (the IBM cost
/// specification's <c>@cost</c> and <c>@listSize</c>, as HotChocolate applies them). Schema builders set them
/// from the directives or from code.
/// </summary>
public static class CostMetadata
{
    /// <summary><c>@cost(weight:)</c>: a number (double or int). Default: 1 for composite fields, 0 for leaves.</summary>
    public const string Weight = "cost.weight";

    /// <summary><c>@listSize(assumedSize:)</c>: an int, the list size assumed when no slicing argument is given.</summary>
    public const string AssumedSize = "cost.listSize.assumedSize";

    /// <summary>
    /// <c>@listSize(slicingArguments:)</c>: an <c>IReadOnlyList&lt;string&gt;</c> of argument names whose value is the
    /// list size. Default: the field's <c>first</c> and <c>last</c> arguments, when it has them.
    /// </summary>
    public const string SlicingArguments = "cost.listSize.slicingArguments";
}
