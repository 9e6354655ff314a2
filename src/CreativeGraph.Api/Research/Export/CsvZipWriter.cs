using System.IO.Compression;
using System.Text;
using CreativeGraph.Api.Research.Index;

namespace CreativeGraph.Api.Research.Export;

/// <summary>
/// A zip of two RFC 4180 files in Gephi's spreadsheet-import shape: <c>nodes.csv</c> (<c>Id, Label</c>, then every
/// node attribute) and <c>edges.csv</c> (<c>Id, Source, Target, Type</c> = Directed, then every edge attribute).
/// Entries are written as the rows arrive (a streamed zip: sizes follow each entry).
/// </summary>
internal sealed class CsvZipWriter(Stream output, ExportAttributes attributes) : GraphFileWriter(attributes)
{
    private const int DrainBytes = 64 * 1024;

    private readonly DrainedStream _output = new(output);
    private ZipArchive? _zip;
    private Stream? _entry;
    private StreamWriter? _csv;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        _zip = await ZipArchive.CreateAsync(_output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken).ConfigureAwait(false);
        await OpenAsync("nodes.csv", ["Id", "Label", .. Attributes.Node.Select(a => a.Name)], cancellationToken).ConfigureAwait(false);
    }

    public override Task WriteNodeAsync(ExportNode node, CancellationToken cancellationToken) =>
        RowAsync([node.Id, node.Label, .. Attributes.Values(node)], cancellationToken);

    public override async Task StartEdgesAsync(CancellationToken cancellationToken)
    {
        await CloseAsync().ConfigureAwait(false);
        await OpenAsync("edges.csv", ["Id", "Source", "Target", "Type", .. ExportAttributes.Edge.Select(a => a.Name)], cancellationToken).ConfigureAwait(false);
    }

    public override Task WriteEdgeAsync(ExportEdge edge, string id, CancellationToken cancellationToken) =>
        RowAsync([id, NodeIds.Encode(edge.Edge.From), NodeIds.Encode(edge.Edge.To), "Directed", .. ExportAttributes.Values(edge)], cancellationToken);

    public override async Task EndAsync(CancellationToken cancellationToken)
    {
        await CloseAsync().ConfigureAwait(false);
        if (_zip is not null)
        {
            await _zip.DisposeAsync().ConfigureAwait(false);
            _zip = null;
        }

        await _output.DrainAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async ValueTask DisposeAsync()
    {
        await CloseAsync().ConfigureAwait(false);
        if (_zip is not null)
        {
            await _zip.DisposeAsync().ConfigureAwait(false);
        }

        await _output.DisposeAsync().ConfigureAwait(false);
    }

    private async Task OpenAsync(string name, IEnumerable<object?> header, CancellationToken cancellationToken)
    {
        _entry = await _zip!.CreateEntry(name, CompressionLevel.Fastest).OpenAsync(cancellationToken).ConfigureAwait(false);
        _csv = new StreamWriter(_entry, new UTF8Encoding(false), bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await RowAsync(header, cancellationToken).ConfigureAwait(false);
    }

    private async Task CloseAsync()
    {
        if (_csv is not null)
        {
            await _csv.FlushAsync().ConfigureAwait(false);
            await _csv.DisposeAsync().ConfigureAwait(false);
            _csv = null;
        }

        if (_entry is not null)
        {
            await _entry.DisposeAsync().ConfigureAwait(false);
            _entry = null;
        }
    }

    private async Task RowAsync(IEnumerable<object?> fields, CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        bool first = true;
        foreach (object? field in fields)
        {
            line.Append(first ? "" : ",").Append(Escape(Text(field)));
            first = false;
        }

        await _csv!.WriteLineAsync(line.ToString()).ConfigureAwait(false);
        if (_output.Buffered > DrainBytes)
        {
            await _output.DrainAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.</summary>
    private static string Escape(string? field) =>
        field is null ? "" : field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
