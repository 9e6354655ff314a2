namespace CreativeGraph.Persistence.Model;

public sealed class City
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public int CountryId { get; set; }

    public Country Country { get; set; } = null!;

    public int? RegionId { get; set; }

    public Region? Region { get; set; }

    /// <summary>WGS 84 latitude of the city centre (general knowledge, not stated by the sources).</summary>
    public double Latitude { get; set; }

    /// <summary>WGS 84 longitude of the city centre (general knowledge, not stated by the sources).</summary>
    public double Longitude { get; set; }

    /// <summary>The organisations based in this city.</summary>
    public List<Partner> Partners { get => field ??= []; }

    /// <summary>The forum editions this city hosted.</summary>
    public List<Forum> HostedForums { get => field ??= []; }

    /// <summary>The events in this city.</summary>
    public List<Event> Events { get => field ??= []; }

    /// <summary>The projects working in this city, as edges.</summary>
    public List<ProjectCity> ProjectCities { get => field ??= []; }
}
