namespace CreativeGraph.Persistence.Model;

/// <summary>Edge membership ↔ person appointed to represent the region; natural key (membership, person).</summary>
public sealed class MembershipRepresentative
{
    public int Id { get; set; }

    public int MembershipId { get; set; }

    public Membership Membership { get; set; } = null!;

    public int PersonId { get; set; }

    public Person Person { get; set; } = null!;

    public DateOnly? AppointedOn { get; set; }
}
