namespace CreativeGraph.Persistence.Seed;

/// <summary>The natural keys a reference may point to: those stored plus those defined anywhere in the batch.</summary>
internal sealed class KnownKeys
{
    public HashSet<string> Sources { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Countries { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Regions { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Cities { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Sectors { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Partners { get; } = new(StringComparer.Ordinal);

    public HashSet<string> People { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Programmes { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Networks { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Forums { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Projects { get; } = new(StringComparer.Ordinal);

    public static KnownKeys From(IReadOnlyList<ParsedFile> files, GraphIndex index)
    {
        var keys = new KnownKeys();
        keys.Sources.UnionWith(index.Sources.Keys);
        keys.Countries.UnionWith(index.Countries.Keys);
        keys.Regions.UnionWith(index.Regions.Keys);
        keys.Cities.UnionWith(index.Cities.Keys);
        keys.Sectors.UnionWith(index.Sectors.Keys);
        keys.Partners.UnionWith(index.Partners.Keys);
        keys.People.UnionWith(index.People.Keys);
        keys.Programmes.UnionWith(index.Programmes.Keys);
        keys.Networks.UnionWith(index.Networks.Keys);
        keys.Forums.UnionWith(index.Forums.Keys);
        keys.Projects.UnionWith(index.Projects.Keys);
        foreach (ParsedFile file in files)
        {
            keys.Sources.UnionWith(file.Document.Sources.Select(r => r.Slug));
            keys.Countries.UnionWith(file.Document.Countries.Select(r => r.Code));
            keys.Regions.UnionWith(file.Document.Regions.Select(r => r.Slug));
            keys.Cities.UnionWith(file.Document.Cities.Select(r => r.Slug));
            keys.Sectors.UnionWith(file.Document.Sectors.Select(r => r.Slug));
            keys.Partners.UnionWith(file.Document.Partners.Select(r => r.Slug));
            keys.People.UnionWith(file.Document.People.Select(r => r.Slug));
            keys.Programmes.UnionWith(file.Document.Programmes.Select(r => r.Slug));
            keys.Networks.UnionWith(file.Document.Networks.Select(r => r.Slug));
            keys.Forums.UnionWith(file.Document.Forums.Select(r => r.Slug));
            keys.Projects.UnionWith(file.Document.Projects.Select(r => r.Slug));
        }

        return keys;
    }
}
