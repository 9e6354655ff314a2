using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Search;
using CreativeGraph.Persistence.Synthetic;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence.Import.Csv;

/// <summary>
/// What the CSV import matches against, read once without change tracking: each table's natural keys and the keys
/// it dedups by, in dictionaries, so that matching 200 000 rows costs no query per row.
/// </summary>
internal sealed class StoredGraph
{
    public required CountryDirectory Countries { get; init; }

    public Dictionary<string, (int Id, string Code)> CountriesByCode { get; } = new(StringComparer.Ordinal);

    /// <summary>Regions by slug and by (country, normalized name).</summary>
    public Dictionary<string, (int Id, string Slug)> RegionsBySlug { get; } = new(StringComparer.Ordinal);

    public Dictionary<(int Country, string Name), (int Id, string Slug)> RegionsByName { get; } = [];

    public Dictionary<(int Country, string Name), (int Id, string Slug)> CitiesByName { get; } = [];

    public Dictionary<string, (int Id, string Slug)> ProgrammesByName { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string Acronym, int Programme), (int Id, string Slug)> ProjectsByKey { get; } = [];

    /// <summary>Partners with a country, by (<see cref="OrganisationNameKey"/>, country).</summary>
    public Dictionary<(string Name, int Country), (int Id, string Slug)> PartnersByKey { get; } = [];

    public HashSet<(int Project, int Partner)> Participations { get; } = [];

    private readonly Dictionary<(string, string), int> _suffixes = [];

    /// <summary>Every slug in use, per entity type, so new slugs never collide.</summary>
    public Dictionary<string, HashSet<string>> Slugs { get; } = new(StringComparer.Ordinal);

    /// <summary>The source for this file when an earlier import stored it, and what it already cites.</summary>
    public Source? Source { get; set; }

    public HashSet<(string Type, string Key)> Citations { get; } = [];

    /// <summary>The largest key of each table, so new rows get the next ones.</summary>
    public Dictionary<Type, int> MaxIds { get; } = [];

    public static async Task<StoredGraph> LoadAsync(KnowledgeGraphDbContext db, string fileName, CancellationToken cancellationToken)
    {
        var countries = await db.Countries.AsNoTracking().Select(c => new { c.Id, c.Code, c.Name }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var countryNames = await db.AlternativeNames.AsNoTracking().Where(n => n.EntityType == EntityTypes.Country)
            .Select(n => new { n.EntityKey, n.Name }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var graph = new StoredGraph { Countries = new CountryDirectory(countries.Select(c => (c.Code, c.Name)), countryNames.Select(n => (n.EntityKey, n.Name))) };
        foreach (var c in countries)
        {
            graph.CountriesByCode[c.Code] = (c.Id, c.Code);
        }

        foreach (var r in await db.Regions.AsNoTracking().Select(r => new { r.Id, r.Slug, r.Name, r.CountryId }).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            graph.RegionsBySlug[r.Slug] = (r.Id, r.Slug);
            graph.RegionsByName.TryAdd((r.CountryId, SearchNormalizer.Normalize(r.Name)), (r.Id, r.Slug));
        }

        foreach (var c in await db.Cities.AsNoTracking().Select(c => new { c.Id, c.Slug, c.Name, c.CountryId }).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            graph.CitiesByName.TryAdd((c.CountryId, SearchNormalizer.Normalize(c.Name)), (c.Id, c.Slug));
            graph.SlugsOf(EntityTypes.City).Add(c.Slug);
        }

        foreach (var p in await db.Programmes.AsNoTracking().Select(p => new { p.Id, p.Slug, p.Name }).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            graph.ProgrammesByName.TryAdd(SearchNormalizer.Normalize(p.Name), (p.Id, p.Slug));
            graph.SlugsOf(EntityTypes.Programme).Add(p.Slug);
        }

        foreach (var p in await db.Projects.AsNoTracking().Select(p => new { p.Id, p.Slug, p.Acronym, p.ProgrammeId }).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (p.ProgrammeId is int programme)
            {
                graph.ProjectsByKey.TryAdd((SearchNormalizer.Normalize(p.Acronym), programme), (p.Id, p.Slug));
            }

            graph.SlugsOf(EntityTypes.Project).Add(p.Slug);
        }

        foreach (var p in await db.Partners.AsNoTracking().Select(p => new { p.Id, p.Slug, p.Name, p.CountryId }).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (p.CountryId is int country)
            {
                graph.PartnersByKey.TryAdd((OrganisationNameKey.Of(p.Name), country), (p.Id, p.Slug));
            }

            graph.SlugsOf(EntityTypes.Partner).Add(p.Slug);
        }

        foreach (var p in await db.Participations.AsNoTracking().Select(p => new { p.ProjectId, p.PartnerId }).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            graph.Participations.Add((p.ProjectId, p.PartnerId));
        }

        graph.SlugsOf(EntityTypes.Region).UnionWith(graph.RegionsBySlug.Keys);
        graph.SlugsOf(EntityTypes.Source).UnionWith(await db.Sources.AsNoTracking().Select(s => s.Slug).ToListAsync(cancellationToken).ConfigureAwait(false));
        graph.Source = await db.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.FileName == fileName, cancellationToken).ConfigureAwait(false);
        if (graph.Source is not null)
        {
            int sourceId = graph.Source.Id;
            foreach (var f in await db.FactSources.AsNoTracking().Where(f => f.SourceId == sourceId).Select(f => new { f.EntityType, f.EntityKey }).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                graph.Citations.Add((f.EntityType, f.EntityKey));
            }
        }

        foreach ((Type table, int largest) in await IdentityKeys.LargestAsync(db, cancellationToken).ConfigureAwait(false))
        {
            graph.MaxIds[table] = largest;
        }

        return graph;
    }

    public HashSet<string> SlugsOf(string entityType)
    {
        if (!Slugs.TryGetValue(entityType, out HashSet<string>? slugs))
        {
            Slugs[entityType] = slugs = new HashSet<string>(StringComparer.Ordinal);
        }

        return slugs;
    }

    /// <summary>A slug from <paramref name="name"/> (its normalized words joined by '-'), made unique by a number.</summary>
    public string NewSlug(string entityType, string name)
    {
        string slug = SearchNormalizer.Normalize(name).Replace(' ', '-');
        if (slug.Length > ModelConventions.SlugLength - 12)
        {
            slug = slug[..(ModelConventions.SlugLength - 12)].TrimEnd('-');
        }

        slug = slug.Length == 0 ? entityType.ToLowerInvariant() : slug;
        HashSet<string> taken = SlugsOf(entityType);
        string candidate = slug;
        int n = _suffixes.GetValueOrDefault((entityType, slug), 1);
        while (!taken.Add(candidate))
        {
            candidate = slug + "-" + (++n).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        _suffixes[(entityType, slug)] = n;
        return candidate;
    }
}
