using CreativeGraph.Api.KnowledgeGraph.Entities;
using CreativeGraph.Api.Research.Collaboration;
using CreativeGraph.Api.Research.Index;

namespace CreativeGraph.Api.Research.Export;

/// <summary>
/// The attributes every format declares up front (GraphML <c>&lt;key&gt;</c>, GEXF <c>&lt;attribute&gt;</c>, CSV columns),
/// with their types. A node's come from the export declarations of the node types (<see cref="EntityExport{T}"/>),
/// plus its type, label, sources and, for partners, its centrality, in <see cref="PublishedOrder.NodeAttributes"/>
/// (a new one after those); nodes carry those of their type. Dates are ISO
/// <c>yyyy-MM-dd</c> strings, enums their GraphQL values.
/// </summary>
internal sealed class ExportAttributes
{
    /// <summary>What every node has (its type, label and sources) and what partners have (their centrality in the collaboration network).</summary>
    private static readonly (string Name, ExportType Type)[] s_everyNode =
    [
        ("type", ExportType.String), ("label", ExportType.String), ("sources", ExportType.String),
        ("degree", ExportType.Int), ("weightedDegree", ExportType.Double), ("betweenness", ExportType.Double), ("pageRank", ExportType.Double),
        ("coreNumber", ExportType.Int), ("community", ExportType.Int),
    ];

    public ExportAttributes(TraversalCatalog catalog)
    {
        IEnumerable<(string Name, ExportType Type)> declared = s_everyNode.Concat(catalog.NodeTables.SelectMany(t => t.ExportAttributes));
        if (declared.GroupBy(a => a.Name).FirstOrDefault(g => g.Select(a => a.Type).Distinct().Count() > 1) is { } clash)
        {
            throw new InvalidOperationException($"The export attribute {clash.Key} is declared with types {string.Join(" and ", clash.Select(a => a.Type).Distinct())}.");
        }

        Node = [.. PublishedOrder.Sort(declared.DistinctBy(a => a.Name), a => a.Name, PublishedOrder.NodeAttributes)];
    }

    /// <summary>The attributes of the schema's node types (<see cref="TraversalCatalog.Default"/>).</summary>
    public static ExportAttributes Default { get; } = new(TraversalCatalog.Default);

    public IReadOnlyList<(string Name, ExportType Type)> Node { get; }

    public static IReadOnlyList<(string Name, ExportType Type)> Edge { get; } =
    [
        ("kind", ExportType.String), ("role", ExportType.String), ("status", ExportType.String),
        ("startDate", ExportType.String), ("endDate", ExportType.String), ("sources", ExportType.String),
    ];

    /// <summary>The attribute values of a node, in <see cref="Node"/> order (nulls where it has none).</summary>
    public IEnumerable<object?> Values(ExportNode node) => Node.Select(a => a.Name switch
    {
        "type" => node.Node.Kind.ToString(),
        "label" => node.Label,
        "sources" => node.Sources,
        _ => Format(node.Attributes.GetValueOrDefault(a.Name)),
    });

    /// <summary>A partner's centrality and community in the export's collaboration network, as node attributes.</summary>
    public static void AddCentrality(ExportNode node, PartnerCentrality measures)
    {
        node.Attributes["degree"] = measures.Degree;
        node.Attributes["weightedDegree"] = measures.WeightedDegree;
        node.Attributes["betweenness"] = measures.Betweenness;
        node.Attributes["pageRank"] = measures.PageRank;
        node.Attributes["coreNumber"] = measures.CoreNumber;
        node.Attributes["community"] = measures.Community;
    }

    /// <summary>The attribute values of an edge, in <see cref="Edge"/> order.</summary>
    public static IEnumerable<object?> Values(ExportEdge edge) =>
    [
        edge.Edge.Kind.GraphQLName, Format(edge.Role), Format(edge.Status), Format(edge.StartDate), Format(edge.EndDate), edge.Sources,
    ];

    private static object? Format(object? value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Enum e => EnumNames.Of(e),
        _ => value,
    };
}
