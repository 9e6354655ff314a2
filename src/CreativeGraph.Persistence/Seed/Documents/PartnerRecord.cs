using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Seed.Documents;

internal sealed record PartnerRecord
{
    public required string Slug { get; init; }

    public required string Name { get; init; }

    public string? Acronym { get; init; }

    public string? LocalName { get; init; }

    public string? LocalNameLanguage { get; init; }

    public string? Department { get; init; }

    public required PartnerKind Kind { get; init; }

    /// <summary>Website; "www.example.org" is normalised to "https://www.example.org".</summary>
    public string? Website { get; init; }

    /// <summary>The source's spelling when it had to be corrected, e.g. "www.gdansk,gda.pl".</summary>
    public string? WebsiteAsWritten { get; init; }

    public string? Address { get; init; }

    public string? PostalCode { get; init; }

    public string? City { get; init; }

    public string? Region { get; init; }

    public string? Country { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<NameRecord> Names { get; init; } = [];

    public required IReadOnlyList<string> Sources { get; init; }
}
