namespace CreativeGraph.Persistence.Seed;

/// <summary>One data file to import: its display name (used in error messages) and its JSON text.</summary>
public sealed record ImportFile(string Name, string Json)
{
    public static async Task<ImportFile> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        string json = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return new ImportFile(Path.GetFileName(path), json);
    }
}
