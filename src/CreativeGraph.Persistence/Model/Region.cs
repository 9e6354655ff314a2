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
}
