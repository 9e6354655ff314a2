namespace CreativeGraph.Api.Research.Export;

/// <summary>
/// The attributes every format declares up front (GraphML <c>&lt;key&gt;</c>, GEXF <c>&lt;attribute&gt;</c>, CSV columns),
/// with their types. Nodes carry those of their type; dates are ISO <c>yyyy-MM-dd</c> strings.
/// </summary>
internal static class ExportAttributes
{
    public static readonly IReadOnlyList<(string Name, ExportType Type)> Node =
    [
        ("type", ExportType.String), ("label", ExportType.String), ("slug", ExportType.String), ("code", ExportType.String),
        ("kind", ExportType.String), ("acronym", ExportType.String), ("title", ExportType.String), ("status", ExportType.String),
        ("startDate", ExportType.String), ("endDate", ExportType.String), ("year", ExportType.Int), ("startYear", ExportType.Int),
        ("endYear", ExportType.Int), ("latitude", ExportType.Double), ("longitude", ExportType.Double), ("website", ExportType.String),
        ("role", ExportType.String), ("sources", ExportType.String),
        ("degree", ExportType.Int), ("weightedDegree", ExportType.Double), ("betweenness", ExportType.Double), ("pageRank", ExportType.Double),
        ("coreNumber", ExportType.Int), ("community", ExportType.Int),
    ];

    public static readonly IReadOnlyList<(string Name, ExportType Type)> Edge =
    [
        ("kind", ExportType.String), ("role", ExportType.String), ("status", ExportType.String),
        ("startDate", ExportType.String), ("endDate", ExportType.String), ("sources", ExportType.String),
    ];

    /// <summary>The attribute values of a node, in <see cref="Node"/> order (nulls where it has none).</summary>
    public static IEnumerable<object?> Values(ExportNode node) => Node.Select(a => a.Name switch
    {
        "type" => node.Node.Kind.ToString(),
        "label" => node.Label,
        "sources" => node.Sources,
        _ => Format(node.Attributes.GetValueOrDefault(a.Name)),
    });

    /// <summary>A partner's centrality and community in the export's collaboration network, as node attributes.</summary>
    public static void AddCentrality(ExportNode node, Collaboration.PartnerCentrality measures)
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

/// <summary>The value types the formats declare.</summary>
internal enum ExportType
{
    String,
    Int,
    Double,
}
