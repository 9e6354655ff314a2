namespace CreativeGraph.Persistence.Model;

/// <summary>The entity-type names used by <see cref="FactSource"/> and <see cref="AlternativeName"/>.</summary>
public static class EntityTypes
{
    public const string Source = nameof(Model.Source);
    public const string Country = nameof(Model.Country);
    public const string Region = nameof(Model.Region);
    public const string City = nameof(Model.City);
    public const string Sector = nameof(Model.Sector);
    public const string Partner = nameof(Model.Partner);
    public const string Person = nameof(Model.Person);
    public const string Programme = nameof(Model.Programme);
    public const string Project = nameof(Model.Project);
    public const string ProjectObjective = nameof(Model.ProjectObjective);
    public const string ProjectResult = nameof(Model.ProjectResult);
    public const string Participation = nameof(Model.Participation);
    public const string ProjectCity = nameof(Model.ProjectCity);
    public const string ProjectRegion = nameof(Model.ProjectRegion);
    public const string ProjectSector = nameof(Model.ProjectSector);
    public const string Network = nameof(Model.Network);
    public const string Membership = nameof(Model.Membership);
    public const string MembershipRepresentative = nameof(Model.MembershipRepresentative);
    public const string MembershipPriority = nameof(Model.MembershipPriority);
    public const string Forum = nameof(Model.Forum);
    public const string Event = nameof(Model.Event);
}
