using System.Globalization;
using System.Xml;
using CreativeGraph.Api.KnowledgeGraph.Entities;
using CreativeGraph.Api.Research.Index;

namespace CreativeGraph.Api.Research.Export;

/// <summary>
/// GEXF 1.3 (gexf.net): declared node and edge attributes, one static directed graph, a label per node and
/// edge. Gephi's native format; NetworkX reads it with <c>read_gexf</c>.
/// </summary>
internal sealed class GexfWriter(Stream output, ExportAttributes attributes) : GraphFileWriter(attributes)
{
    private const string Namespace = "http://gexf.net/1.3";

    private readonly XmlWriter _xml = CreateXml(output);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await _xml.WriteStartDocumentAsync().ConfigureAwait(false);
        await _xml.WriteStartElementAsync(null, "gexf", Namespace).ConfigureAwait(false);
        await _xml.WriteAttributeStringAsync(null, "version", null, "1.3").ConfigureAwait(false);
        await _xml.WriteStartElementAsync(null, "meta", Namespace).ConfigureAwait(false);
        await _xml.WriteElementStringAsync(null, "creator", Namespace, "CreativeGraph").ConfigureAwait(false);
        await _xml.WriteElementStringAsync(null, "description", Namespace, "Europe's creative-industry cooperation: regions, cities, partners, projects, networks and forums, with the documents that state each fact.").ConfigureAwait(false);
        await _xml.WriteEndElementAsync().ConfigureAwait(false);
        await _xml.WriteStartElementAsync(null, "graph", Namespace).ConfigureAwait(false);
        await _xml.WriteAttributeStringAsync(null, "defaultedgetype", null, "directed").ConfigureAwait(false);
        await _xml.WriteAttributeStringAsync(null, "mode", null, "static").ConfigureAwait(false);
        await AttributesAsync("node", Attributes.Node).ConfigureAwait(false);
        await AttributesAsync("edge", ExportAttributes.Edge).ConfigureAwait(false);
        await _xml.WriteStartElementAsync(null, "nodes", Namespace).ConfigureAwait(false);
    }

    public override async Task WriteNodeAsync(ExportNode node, CancellationToken cancellationToken)
    {
        await _xml.WriteStartElementAsync(null, "node", Namespace).ConfigureAwait(false);
        await _xml.WriteAttributeStringAsync(null, "id", null, node.Id).ConfigureAwait(false);
        await _xml.WriteAttributeStringAsync(null, "label", null, node.Label).ConfigureAwait(false);
        await ValuesAsync(Attributes.Values(node)).ConfigureAwait(false);
        await _xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    public override async Task StartEdgesAsync(CancellationToken cancellationToken)
    {
        await _xml.WriteEndElementAsync().ConfigureAwait(false);
        await _xml.WriteStartElementAsync(null, "edges", Namespace).ConfigureAwait(false);
    }

    public override async Task WriteEdgeAsync(ExportEdge edge, string id, CancellationToken cancellationToken)
    {
        await _xml.WriteStartElementAsync(null, "edge", Namespace).ConfigureAwait(false);
        await _xml.WriteAttributeStringAsync(null, "id", null, id).ConfigureAwait(false);
        await _xml.WriteAttributeStringAsync(null, "source", null, NodeIds.Encode(edge.Edge.From)).ConfigureAwait(false);
        await _xml.WriteAttributeStringAsync(null, "target", null, NodeIds.Encode(edge.Edge.To)).ConfigureAwait(false);
        await _xml.WriteAttributeStringAsync(null, "label", null, edge.Edge.Kind.GraphQLName).ConfigureAwait(false);
        await ValuesAsync(ExportAttributes.Values(edge)).ConfigureAwait(false);
        await _xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    public override async Task EndAsync(CancellationToken cancellationToken)
    {
        await _xml.WriteEndElementAsync().ConfigureAwait(false);
        await _xml.WriteEndElementAsync().ConfigureAwait(false);
        await _xml.WriteEndElementAsync().ConfigureAwait(false);
        await _xml.WriteEndDocumentAsync().ConfigureAwait(false);
        await _xml.FlushAsync().ConfigureAwait(false);
    }

    public override ValueTask DisposeAsync() => _xml.DisposeAsync();

    private async Task AttributesAsync(string target, IReadOnlyList<(string Name, ExportType Type)> attributes)
    {
        await _xml.WriteStartElementAsync(null, "attributes", Namespace).ConfigureAwait(false);
        await _xml.WriteAttributeStringAsync(null, "class", null, target).ConfigureAwait(false);
        for (int i = 0; i < attributes.Count; i++)
        {
            await _xml.WriteStartElementAsync(null, "attribute", Namespace).ConfigureAwait(false);
            await _xml.WriteAttributeStringAsync(null, "id", null, i.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
            await _xml.WriteAttributeStringAsync(null, "title", null, attributes[i].Name).ConfigureAwait(false);
            await _xml.WriteAttributeStringAsync(null, "type", null, attributes[i].Type switch { ExportType.Int => "integer", ExportType.Double => "double", _ => "string" }).ConfigureAwait(false);
            await _xml.WriteEndElementAsync().ConfigureAwait(false);
        }

        await _xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    private async Task ValuesAsync(IEnumerable<object?> values)
    {
        await _xml.WriteStartElementAsync(null, "attvalues", Namespace).ConfigureAwait(false);
        int i = 0;
        foreach (object? value in values)
        {
            if (Text(value) is { Length: > 0 } text)
            {
                await _xml.WriteStartElementAsync(null, "attvalue", Namespace).ConfigureAwait(false);
                await _xml.WriteAttributeStringAsync(null, "for", null, i.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
                await _xml.WriteAttributeStringAsync(null, "value", null, text).ConfigureAwait(false);
                await _xml.WriteEndElementAsync().ConfigureAwait(false);
            }

            i++;
        }

        await _xml.WriteEndElementAsync().ConfigureAwait(false);
    }
}
