using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence.Seed;

/// <summary>
/// Everything already stored, tracked and keyed by natural key. The graph is small (hundreds of rows), so the
/// importer loads it whole: references resolve against it and upserts modify the tracked entities in place.
/// </summary>
internal sealed class GraphIndex
{
    public Dictionary<string, Source> Sources { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Country> Countries { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Region> Regions { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, City> Cities { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Sector> Sectors { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Partner> Partners { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Person> People { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Programme> Programmes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Network> Networks { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Forum> Forums { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Project> Projects { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Event> Events { get; } = new(StringComparer.Ordinal);

    /// <summary>(entity type, entity key, source slug) of every stored citation.</summary>
    public HashSet<(string Type, string Key, string Source)> Citations { get; } = [];

    /// <summary>(entity type, entity key, name, language) of every stored alternative name.</summary>
    public HashSet<(string Type, string Key, string Name, string Language)> Names { get; } = [];

    /// <summary>The entity of type <paramref name="type"/> (one of <see cref="EntityTypes"/>) with natural key <paramref name="key"/>.</summary>
    public object? Find(string type, string key) => type switch
    {
        EntityTypes.Source => Sources.GetValueOrDefault(key),
        EntityTypes.Country => Countries.GetValueOrDefault(key),
        EntityTypes.Region => Regions.GetValueOrDefault(key),
        EntityTypes.City => Cities.GetValueOrDefault(key),
        EntityTypes.Sector => Sectors.GetValueOrDefault(key),
        EntityTypes.Partner => Partners.GetValueOrDefault(key),
        EntityTypes.Person => People.GetValueOrDefault(key),
        EntityTypes.Programme => Programmes.GetValueOrDefault(key),
        EntityTypes.Network => Networks.GetValueOrDefault(key),
        EntityTypes.Forum => Forums.GetValueOrDefault(key),
        EntityTypes.Project => Projects.GetValueOrDefault(key),
        EntityTypes.Event => Events.GetValueOrDefault(key),
        _ => null,
    };

    public static async Task<GraphIndex> LoadAsync(KnowledgeGraphDbContext db, CancellationToken cancellationToken)
    {
        var index = new GraphIndex();
        Fill(index.Sources, await db.Sources.ToListAsync(cancellationToken).ConfigureAwait(false), e => e.Slug);
        Fill(index.Countries, await db.Countries.ToListAsync(cancellationToken).ConfigureAwait(false), e => e.Code);
        Fill(index.Regions, await db.Regions.ToListAsync(cancellationToken).ConfigureAwait(false), e => e.Slug);
        Fill(index.Cities, await db.Cities.ToListAsync(cancellationToken).ConfigureAwait(false), e => e.Slug);
        Fill(index.Sectors, await db.Sectors.ToListAsync(cancellationToken).ConfigureAwait(false), e => e.Slug);
        Fill(index.Partners, await db.Partners.ToListAsync(cancellationToken).ConfigureAwait(false), e => e.Slug);
        Fill(index.People, await db.People.ToListAsync(cancellationToken).ConfigureAwait(false), e => e.Slug);
        Fill(index.Programmes, await db.Programmes.ToListAsync(cancellationToken).ConfigureAwait(false), e => e.Slug);
        Fill(index.Networks, await db.Networks.ToListAsync(cancellationToken).ConfigureAwait(false), e => e.Slug);
        Fill(index.Forums, await db.Forums.ToListAsync(cancellationToken).ConfigureAwait(false), e => e.Slug);
        Fill(index.Projects, await db.Projects.ToListAsync(cancellationToken).ConfigureAwait(false), e => e.Slug);
        Fill(index.Events, await db.Events.ToListAsync(cancellationToken).ConfigureAwait(false), e => e.Slug);

        // Loading the edge tables into the same context fixes up the collections on Project, Network and
        // Membership, so the writer can find existing edges through them.
        await db.ProjectObjectives.LoadAsync(cancellationToken).ConfigureAwait(false);
        await db.ProjectResults.LoadAsync(cancellationToken).ConfigureAwait(false);
        await db.Participations.LoadAsync(cancellationToken).ConfigureAwait(false);
        await db.ProjectCities.LoadAsync(cancellationToken).ConfigureAwait(false);
        await db.ProjectRegions.LoadAsync(cancellationToken).ConfigureAwait(false);
        await db.ProjectSectors.LoadAsync(cancellationToken).ConfigureAwait(false);
        await db.Memberships.LoadAsync(cancellationToken).ConfigureAwait(false);
        await db.MembershipRepresentatives.LoadAsync(cancellationToken).ConfigureAwait(false);
        await db.MembershipPriorities.LoadAsync(cancellationToken).ConfigureAwait(false);

        foreach (FactSource citation in await db.FactSources.ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            index.Citations.Add((citation.EntityType, citation.EntityKey, citation.Source.Slug));
        }

        foreach (AlternativeName name in await db.AlternativeNames.ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            index.Names.Add((name.EntityType, name.EntityKey, name.Name, name.Language));
        }

        return index;
    }

    private static void Fill<T>(Dictionary<string, T> target, List<T> rows, Func<T, string> key)
    {
        foreach (T row in rows)
        {
            target.Add(key(row), row);
        }
    }
}
