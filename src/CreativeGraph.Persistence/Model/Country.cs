namespace CreativeGraph.Persistence.Model;

public sealed class Country
{
    public int Id { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code (natural key), e.g. <c>DK</c>.</summary>
    public required string Code { get; set; }

    /// <summary>English short name.</summary>
    public required string Name { get; set; }

    /// <summary>The regions in this country.</summary>
    public List<Region> Regions { get => field ??= []; }

    /// <summary>The cities in this country.</summary>
    public List<City> Cities { get => field ??= []; }

    /// <summary>The organisations based in this country.</summary>
    public List<Partner> Partners { get => field ??= []; }
}
