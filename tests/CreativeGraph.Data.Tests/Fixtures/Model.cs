namespace CreativeGraph.Data.Tests.Fixtures;

public enum CityKind
{
    Village,
    Town,
    Metropolis,
}

public sealed class Region
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public int Rank { get; set; }
}

public sealed class District
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public int Population { get; set; }

    public int CityId { get; set; }
}

/// <summary>One member per filterable CLR type, nullable and not, so every operation input is exercised.</summary>
public sealed class City
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string? Nickname { get; set; }

    public int Population { get; set; }

    public int? Altitude { get; set; }

    public long Visitors { get; set; }

    public decimal Area { get; set; }

    public double Rating { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateOnly Founded { get; set; }

    public Guid Code { get; set; }

    public bool IsCapital { get; set; }

    public bool? Coastal { get; set; }

    public CityKind Kind { get; set; }

    public CityKind? FormerKind { get; set; }

    public string Secret { get; set; } = "";

    public int? RegionId { get; set; }

    public Region? Region { get; set; }

    public List<District> Districts { get; set; } = [];
}
