namespace CreativeGraph.Persistence.Model;

public enum MembershipStatus
{
    Member,
    Excluded,
}
