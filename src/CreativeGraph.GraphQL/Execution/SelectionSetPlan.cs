using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>A collected fields map for one object type (spec #sec-Field-Collection), ready to execute.</summary>
internal sealed class SelectionSetPlan
{
    public SelectionSetPlan(ObjectType type, CollectedField[] fields)
    {
        Type = type;
        Fields = fields;
        Shape = new ResultMapShape([.. fields.Select(f => f.ResponseName)]);
    }

    public ObjectType Type { get; }

    public CollectedField[] Fields { get; }

    /// <summary>The fragments under <c>@defer</c> set aside for later payloads (incremental delivery only); usually null.</summary>
    public DeferredFragment[]? Deferred { get; init; }

    /// <summary>The response names with their encoded JSON names, shared by every result map of this plan.</summary>
    public ResultMapShape Shape { get; }
}
