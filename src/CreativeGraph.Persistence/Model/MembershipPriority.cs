namespace CreativeGraph.Persistence.Model;

/// <summary>A focus area a member region pursues in the network; natural key (membership, ordinal).</summary>
public sealed class MembershipPriority
{
    public int Id { get; set; }

    public int MembershipId { get; set; }

    public Membership Membership { get; set; } = null!;

    public int Ordinal { get; set; }

    public required string Text { get; set; }

    /// <summary>The source's own wording when it is a name (e.g. a programme title).</summary>
    public string? LocalText { get; set; }
}
