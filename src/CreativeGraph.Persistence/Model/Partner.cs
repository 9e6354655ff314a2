namespace CreativeGraph.Persistence.Model;

/// <summary>An organisation that takes part in, funds or cooperates with projects and networks.</summary>
public sealed class Partner
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public string? Acronym { get; set; }

    /// <summary>Name in the organisation's own language, when a source gives it.</summary>
    public string? LocalName { get; set; }

    public string? LocalNameLanguage { get; set; }

    /// <summary>Unit of the organisation that is the actual partner, e.g. a municipal department.</summary>
    public string? Department { get; set; }

    public PartnerKind Kind { get; set; }

    /// <summary>Normalised absolute URL.</summary>
    public string? Website { get; set; }

    /// <summary>The website exactly as the source spells it, kept only when it differs from a plain normalisation (typos).</summary>
    public string? WebsiteAsWritten { get; set; }

    public string? Address { get; set; }

    public string? PostalCode { get; set; }

    public int? CityId { get; set; }

    public City? City { get; set; }

    public int? RegionId { get; set; }

    public Region? Region { get; set; }

    public int? CountryId { get; set; }

    public Country? Country { get; set; }

    public string? Description { get; set; }

    /// <summary>The organisation's participations in projects.</summary>
    public List<Participation> Participations { get => field ??= []; }

    /// <summary>The people working for the organisation.</summary>
    public List<Person> People { get => field ??= []; }

    /// <summary>The programmes the organisation manages or funds.</summary>
    public List<Programme> ManagedProgrammes { get => field ??= []; }
}
