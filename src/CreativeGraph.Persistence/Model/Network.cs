namespace CreativeGraph.Persistence.Model;

/// <summary>A network of regions, e.g. Districts of Creativity.</summary>
public sealed class Network
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    /// <summary>Number of member regions the source states.</summary>
    public int? StatedMemberCount { get; set; }

    public decimal? AnnualFee { get; set; }

    /// <summary>ISO 4217 code of <see cref="AnnualFee"/>.</summary>
    public string? AnnualFeeCurrency { get; set; }

    public string? AnnualFeePurpose { get; set; }

    public string? Description { get; set; }

    public List<Membership> Memberships { get => field ??= []; }

    /// <summary>The forum editions of the network.</summary>
    public List<Forum> Forums { get => field ??= []; }

    /// <summary>The events of the network.</summary>
    public List<Event> Events { get => field ??= []; }
}
