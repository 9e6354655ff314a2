namespace CreativeGraph.Persistence.Model;

/// <summary>One edition of the Creativity World Forum (Districts of Creativity conference).</summary>
public sealed class Forum
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public int NetworkId { get; set; }

    public Network Network { get; set; } = null!;

    /// <summary>1 for the first conference; unique per network.</summary>
    public int Ordinal { get; set; }

    public int Year { get; set; }

    public required string Name { get; set; }

    public int HostRegionId { get; set; }

    public Region HostRegion { get; set; } = null!;

    public int? HostCityId { get; set; }

    public City? HostCity { get; set; }

    public string? Website { get; set; }

    /// <summary>The memberships of the regions admitted during this edition.</summary>
    public List<Membership> AdmittedMemberships { get => field ??= []; }

    /// <summary>The events held around this edition.</summary>
    public List<Event> Events { get => field ??= []; }
}
