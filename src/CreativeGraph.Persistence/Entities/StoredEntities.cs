using CreativeGraph.Persistence.Model;
using static CreativeGraph.Persistence.Entities.EntityName;
using static CreativeGraph.Persistence.Model.EntityKeys;

namespace CreativeGraph.Persistence.Entities;

/// <summary>
/// Every entity type of the graph, declared once: table, surrogate key, natural key and search names. The search
/// (its types, the names it indexes, its rebuild), the API's natural-key joins and node lookups read this list; a
/// new entity type is a new line here plus its model class, configuration and migration.
/// </summary>
public static class StoredEntities
{
    public static readonly EntityDefinition<Source> Source = new(db => db.Sources, e => e.Id, e => e.Slug, e => [new(e.Title, e.Language, SearchNameKind.Name), new(e.FileName, null, SearchNameKind.FileName)]);
    public static readonly EntityDefinition<Country> Country = new(db => db.Countries, e => e.Id, e => e.Code, e => [Primary(e.Name), new(e.Code, null, SearchNameKind.Code)]);
    public static readonly EntityDefinition<Region> Region = new(db => db.Regions, e => e.Id, e => e.Slug, e => [Primary(e.Name)]);
    public static readonly EntityDefinition<City> City = new(db => db.Cities, e => e.Id, e => e.Slug, e => [Primary(e.Name)]);
    public static readonly EntityDefinition<Sector> Sector = new(db => db.Sectors, e => e.Id, e => e.Slug, e => [Primary(e.Name)]);
    public static readonly EntityDefinition<Partner> Partner = new(db => db.Partners, e => e.Id, e => e.Slug, e => [Primary(e.Name), Acronym(e.Acronym), Local(e.LocalName, e.LocalNameLanguage)]);

    // A name is not protected, only contact details are (PersonalDataAttribute), and those are never search names.
    public static readonly EntityDefinition<Person> Person = new(db => db.People, e => e.Id, e => e.Slug, e => [Primary(e.Name)]);
    public static readonly EntityDefinition<Programme> Programme = new(db => db.Programmes, e => e.Id, e => e.Slug, e => [Primary(e.Name)]);
    public static readonly EntityDefinition<Project> Project = new(db => db.Projects, e => e.Id, e => e.Slug, e => [Primary(e.Title), Acronym(e.Acronym), Local(e.LocalTitle, e.LocalTitleLanguage)]);
    public static readonly EntityDefinition<Network> Network = new(db => db.Networks, e => e.Id, e => e.Slug, e => [Primary(e.Name)]);
    public static readonly EntityDefinition<Forum> Forum = new(db => db.Forums, e => e.Id, e => e.Slug, e => [Primary(e.Name)]);
    public static readonly EntityDefinition<Event> Event = new(db => db.Events, e => e.Id, e => e.Slug, e => [Primary(e.Name)]);

    // Edges: keyed by their ends' keys.
    public static readonly EntityDefinition<Participation> Participation = new(db => db.Participations, e => e.Id, e => Compose(e.Project.Slug, e.Partner.Slug));
    public static readonly EntityDefinition<ProjectCity> ProjectCity = new(db => db.ProjectCities, e => e.Id, e => Compose(e.Project.Slug, e.City.Slug));
    public static readonly EntityDefinition<ProjectRegion> ProjectRegion = new(db => db.ProjectRegions, e => e.Id, e => Compose(e.Project.Slug, e.Region.Slug));
    public static readonly EntityDefinition<ProjectSector> ProjectSector = new(db => db.ProjectSectors, e => e.Id, e => Compose(e.Project.Slug, e.Sector.Slug));
    public static readonly EntityDefinition<Membership> Membership = new(db => db.Memberships, e => e.Id, e => Compose(e.Network.Slug, e.Region.Slug));
    public static readonly EntityDefinition<MembershipRepresentative> MembershipRepresentative = new(
        db => db.MembershipRepresentatives, e => e.Id, e => Compose(Compose(e.Membership.Network.Slug, e.Membership.Region.Slug), e.Person.Slug));

    // List items: keyed by their owner's key and their ordinal, which the API never looks up.
    public static readonly EntityDefinition<ProjectObjective> ProjectObjective = new(db => db.ProjectObjectives, e => e.Id, null);
    public static readonly EntityDefinition<ProjectResult> ProjectResult = new(db => db.ProjectResults, e => e.Id, null);
    public static readonly EntityDefinition<MembershipPriority> MembershipPriority = new(db => db.MembershipPriorities, e => e.Id, null);

    /// <summary>
    /// Every entity type, each after the ones it refers to: the order the search index is rebuilt in and the
    /// synthetic writer inserts in.
    /// </summary>
    public static IReadOnlyList<EntityDefinition> All { get; } =
    [
        Source, Country, Region, City, Sector, Partner, Person, Programme, Project, Network, Forum, Event,
        Participation, ProjectCity, ProjectRegion, ProjectSector, Membership, MembershipRepresentative,
        ProjectObjective, ProjectResult, MembershipPriority,
    ];

    private static readonly Dictionary<Type, EntityDefinition> s_byType = All.ToDictionary(d => d.ClrType);

    /// <summary>The definition of <paramref name="type"/>'s entity type, or null for a type that is none (a row of the search table).</summary>
    public static EntityDefinition? Find(Type type) => s_byType.GetValueOrDefault(type);
}
