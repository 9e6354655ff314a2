namespace CreativeGraph.Persistence.Model;

public sealed class Region
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    /// <summary>English name; local and source spellings live in <see cref="AlternativeName"/>.</summary>
    public required string Name { get; set; }

    public RegionKind Kind { get; set; }

    public int CountryId { get; set; }

    public Country Country { get; set; } = null!;

    /// <summary>The cities in this region.</summary>
    public List<City> Cities { get => field ??= []; }

    /// <summary>The organisations whose own region this is (not those located through their city).</summary>
    public List<Partner> DirectPartners { get => field ??= []; }

    /// <summary>The region's memberships in networks.</summary>
    public List<Membership> Memberships { get => field ??= []; }

    /// <summary>The forum editions this region hosted.</summary>
    public List<Forum> HostedForums { get => field ??= []; }

    /// <summary>The regional programmes of this region.</summary>
    public List<Programme> Programmes { get => field ??= []; }

    /// <summary>The events in this region.</summary>
    public List<Event> Events { get => field ??= []; }

    /// <summary>The projects working in this region, as edges.</summary>
    public List<ProjectRegion> ProjectRegions { get => field ??= []; }
}
