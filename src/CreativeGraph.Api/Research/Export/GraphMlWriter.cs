using System.Xml;
using CreativeGraph.Api.KnowledgeGraph.Entities;
using CreativeGraph.Api.Research.Index;

namespace CreativeGraph.Api.Research.Export;

/// <summary>
/// GraphML 1.0 (graphml.graphdrawing.org): typed <c>&lt;key&gt;</c> declarations for every attribute, one directed
/// graph, nodes then edges. Gephi, NetworkX (<c>read_graphml</c>), Cytoscape and yEd open it as it is.
/// </summary>
internal sealed class GraphMlWriter(Stream output, ExportAttributes attributes) : GraphFileWriter(attributes)
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private readonly XmlWriter _xml = CreateXml(output);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await _xml.WriteStartDocumentAsync().ConfigureAwait(false);
        await _xml.WriteStartElementAsync(null, "graphml", Namespace).ConfigureAwait(false);
        await _xml.WriteAttributeStringAsync("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance").ConfigureAwait(false);
        await _xml.WriteAttributeStringAsync("xsi", "schemaLocation", null, Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd").ConfigureAwait(false);
        await KeysAsync("node", "n", Attributes.Node).ConfigureAwait(false);
        await KeysAsync("edge", "e", ExportAttributes.Edge).ConfigureAwait(false);
        await _xml.WriteStartElementAsync(null, "graph", Namespace).ConfigureAwait(false);
        await _xml.WriteAttributeStringAsync(null, "id", null, "creativegraph").ConfigureAwait(false);
        await _xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed").ConfigureAwait(false);
    }

    public override async Task WriteNodeAsync(ExportNode node, CancellationToken cancellationToken)
    {
        await _xml.WriteStartElementAsync(null, "node", Namespace).ConfigureAwait(false);
        await _xml.WriteAttributeStringAsync(null, "id", null, node.Id).ConfigureAwait(false);
        await DataAsync("n", Attributes.Values(node)).ConfigureAwait(false);
        await _xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    public override Task StartEdgesAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override async Task WriteEdgeAsync(ExportEdge edge, string id, CancellationToken cancellationToken)
    {
        await _xml.WriteStartElementAsync(null, "edge", Namespace).ConfigureAwait(false);
        await _xml.WriteAttributeStringAsync(null, "id", null, id).ConfigureAwait(false);
        await _xml.WriteAttributeStringAsync(null, "source", null, NodeIds.Encode(edge.Edge.From)).ConfigureAwait(false);
        await _xml.WriteAttributeStringAsync(null, "target", null, NodeIds.Encode(edge.Edge.To)).ConfigureAwait(false);
        await DataAsync("e", ExportAttributes.Values(edge)).ConfigureAwait(false);
        await _xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    public override async Task EndAsync(CancellationToken cancellationToken)
    {
        await _xml.WriteEndElementAsync().ConfigureAwait(false);
        await _xml.WriteEndElementAsync().ConfigureAwait(false);
        await _xml.WriteEndDocumentAsync().ConfigureAwait(false);
        await _xml.FlushAsync().ConfigureAwait(false);
    }

    public override ValueTask DisposeAsync() => _xml.DisposeAsync();

    private async Task KeysAsync(string target, string prefix, IReadOnlyList<(string Name, ExportType Type)> attributes)
    {
        for (int i = 0; i < attributes.Count; i++)
        {
            await _xml.WriteStartElementAsync(null, "key", Namespace).ConfigureAwait(false);
            await _xml.WriteAttributeStringAsync(null, "id", null, prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ConfigureAwait(false);
            await _xml.WriteAttributeStringAsync(null, "for", null, target).ConfigureAwait(false);
            await _xml.WriteAttributeStringAsync(null, "attr.name", null, attributes[i].Name).ConfigureAwait(false);
            await _xml.WriteAttributeStringAsync(null, "attr.type", null, attributes[i].Type switch { ExportType.Int => "int", ExportType.Double => "double", _ => "string" }).ConfigureAwait(false);
            await _xml.WriteEndElementAsync().ConfigureAwait(false);
        }
    }

    private async Task DataAsync(string prefix, IEnumerable<object?> values)
    {
        int i = 0;
        foreach (object? value in values)
        {
            if (Text(value) is { Length: > 0 } text)
            {
                await _xml.WriteStartElementAsync(null, "data", Namespace).ConfigureAwait(false);
                await _xml.WriteAttributeStringAsync(null, "key", null, prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ConfigureAwait(false);
                await _xml.WriteStringAsync(text).ConfigureAwait(false);
                await _xml.WriteEndElementAsync().ConfigureAwait(false);
            }

            i++;
        }
    }
}
