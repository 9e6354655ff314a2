using CreativeGraph.Api.Research.Index;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.Research.Export;

/// <summary>A node or edge on its way to the file, with the key its provenance is recorded under.</summary>
internal abstract class ExportItem
{
    public required string EntityType { get; init; }

    public required string EntityKey { get; init; }

    /// <summary>The slugs of the documents that state it, joined by ';'.</summary>
    public string Sources { get; set; } = "";
}

/// <summary>A node: its global ID, type, label and the attributes of its type (<see cref="ExportAttributes.Node"/>).</summary>
internal sealed class ExportNode : ExportItem
{
    public required NodeRef Node { get; init; }

    public required string Label { get; init; }

    /// <summary>Values by attribute name; null or missing where the node has none.</summary>
    public required Dictionary<string, object?> Attributes { get; init; }

    public string Id => NodeIds.Encode(Node);
}

/// <summary>An edge in its stored direction with its role, status and dates where they apply.</summary>
internal sealed class ExportEdge : ExportItem
{
    public required GraphEdgeRef Edge { get; init; }

    public ParticipationRole? Role { get; init; }

    public MembershipStatus? Status { get; init; }

    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }
}
