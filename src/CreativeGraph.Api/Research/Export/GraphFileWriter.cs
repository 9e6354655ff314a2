namespace CreativeGraph.Api.Research.Export;

/// <summary>
/// One export format, written as the rows arrive: the declarations, every node, then every edge. Writers only
/// ever hold the row at hand.
/// </summary>
internal abstract class GraphFileWriter(ExportAttributes attributes) : IAsyncDisposable
{
    /// <summary>The attributes the file declares and the nodes fill.</summary>
    protected ExportAttributes Attributes => attributes;

    public static GraphFileWriter Create(ExportFormat format, Stream output, ExportAttributes attributes) => format switch
    {
        ExportFormat.GraphMl => new GraphMlWriter(output, attributes),
        ExportFormat.Gexf => new GexfWriter(output, attributes),
        _ => new CsvZipWriter(output, attributes),
    };

    public abstract Task StartAsync(CancellationToken cancellationToken);

    public abstract Task WriteNodeAsync(ExportNode node, CancellationToken cancellationToken);

    public abstract Task StartEdgesAsync(CancellationToken cancellationToken);

    public abstract Task WriteEdgeAsync(ExportEdge edge, string id, CancellationToken cancellationToken);

    public abstract Task EndAsync(CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    /// <summary>An asynchronous UTF-8 (no BOM), indented XML writer that leaves <paramref name="output"/> open.</summary>
    protected static System.Xml.XmlWriter CreateXml(Stream output) => System.Xml.XmlWriter.Create(
        output,
        new System.Xml.XmlWriterSettings { Async = true, Indent = true, Encoding = new System.Text.UTF8Encoding(false), CloseOutput = false });

    protected static string? Text(object? value) => value switch
    {
        null => null,
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
