using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.KnowledgeGraph.Entities;

/// <summary>
/// Every entity type of the schema and every enum its fields use, in the order the schema registers them (the SDL
/// contract lists root fields in this order). A new entity type is a new slice file and a line here.
/// </summary>
internal static class KnowledgeGraphEntities
{
    public static IReadOnlyList<GraphEntity> All { get; } =
    [
        SourceEntity.Source,
        CountryEntity.Country,
        RegionEntity.Region,
        CityEntity.City,
        PartnerEntity.Partner,
        PersonEntity.Person,
        ProgrammeEntity.Programme,
        ProjectEntity.Project,
        ParticipationEntity.Participation,
        ProjectEntity.ProjectCity,
        ProjectEntity.ProjectRegion,
        ProjectEntity.ProjectSector,
        ProjectEntity.ProjectObjective,
        ProjectEntity.ProjectResult,
        SectorEntity.Sector,
        NetworkEntity.Network,
        MembershipEntity.Membership,
        MembershipEntity.MembershipRepresentative,
        MembershipEntity.MembershipPriority,
        ForumEntity.Forum,
        EventEntity.Event,
    ];

    /// <summary>The enums of the entities' fields, bound to the SDL's enum types and to the filter inputs by name.</summary>
    public static IReadOnlyList<EntityEnum> Enums { get; } =
    [
        EntityEnum.Of<RegionKind>(), EntityEnum.Of<PartnerKind>(), EntityEnum.Of<ParticipationRole>(), EntityEnum.Of<ProgrammeKind>(),
        EntityEnum.Of<ProjectStatus>(), EntityEnum.Of<DatePrecision>(), EntityEnum.Of<ObjectiveKind>(), EntityEnum.Of<MembershipStatus>(),
        EntityEnum.Of<EventKind>(), EntityEnum.Of<EventStatus>(), EntityEnum.Of<NameKind>(),
    ];
}
