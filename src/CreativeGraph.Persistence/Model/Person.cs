namespace CreativeGraph.Persistence.Model;

public sealed class Person
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    /// <summary>Role as the source states it, in English.</summary>
    public string? Role { get; set; }

    public int? PartnerId { get; set; }

    public Partner? Partner { get; set; }

    /// <summary>Contact e-mail. Personal data: never log it; the API gates it.</summary>
    [PersonalData]
    public string? Email { get; set; }

    /// <summary>The memberships in which the person represents a region.</summary>
    public List<MembershipRepresentative> Representations { get => field ??= []; }
}
