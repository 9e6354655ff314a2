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

    /// <summary>The inverse of <see cref="City.Region"/>.</summary>
    public List<City> Cities { get; set; } = [];
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

    /// <summary>The inverse of <see cref="Partner.City"/>.</summary>
    public List<Partner> Partners { get; set; } = [];
}

public enum ParticipationRole
{
    Lead,
    Partner,
    Associate,
}

/// <summary>An organisation in a city (or none); reached from projects through <see cref="Participation"/>.</summary>
public sealed class Partner
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string? Acronym { get; set; }

    public int Staff { get; set; }

    public int? CityId { get; set; }

    public City? City { get; set; }

    /// <summary>The inverse of <see cref="Participation.Partner"/>.</summary>
    public List<Participation> Participations { get; set; } = [];
}

public sealed class Project
{
    public int Id { get; set; }

    public string Acronym { get; set; } = "";

    public int Year { get; set; }

    public List<Participation> Participations { get; set; } = [];
}

/// <summary>The edge project ↔ partner, with the partner's role; (ProjectId, PartnerId) is unique.</summary>
public sealed class Participation
{
    public int Id { get; set; }

    public int ProjectId { get; set; }

    public Project Project { get; set; } = null!;

    public int PartnerId { get; set; }

    public Partner Partner { get; set; } = null!;

    public ParticipationRole Role { get; set; }
}

/// <summary>Provenance keyed by (EntityType, EntityKey), the entity's natural key (a partner's or region's name).</summary>
public sealed class Fact
{
    public int Id { get; set; }

    public string EntityType { get; set; } = "";

    public string EntityKey { get; set; } = "";

    public string Text { get; set; } = "";
}
