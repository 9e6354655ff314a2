using System.Linq.Expressions;

namespace CreativeGraph.Api.KnowledgeGraph.Entities;

/// <summary>
/// How a node type's rows appear in the graph export (GraphML, GEXF, CSV): the label each node shows and the
/// attributes it carries. Every format declares the attributes of all node types up front (GraphML keys, GEXF
/// attributes, CSV columns); a node fills those of its type. The export also cites each node under its natural key.
/// </summary>
internal sealed class EntityExport<T>
    where T : class
{
    /// <summary>The node's label (GEXF <c>label</c>, CSV <c>Label</c> and the <c>label</c> attribute).</summary>
    public required Expression<Func<T, string>> Label { get; init; }

    /// <summary>The attributes of the type's nodes, each read from a row.</summary>
    public IReadOnlyList<ExportAttribute<T>> Attributes { get; init; } = [];
}

/// <summary>
/// A node attribute of the export: its name (shared by every type that has it, with one type), its value type, and
/// how it is read from a row. Dates are written as <c>yyyy-MM-dd</c>, enums as their GraphQL values.
/// </summary>
internal sealed record ExportAttribute<T>(string Name, ExportType Type, Expression<Func<T, object?>> Value);

/// <summary>The value types the export formats declare.</summary>
internal enum ExportType
{
    String,
    Int,
    Double,
}
