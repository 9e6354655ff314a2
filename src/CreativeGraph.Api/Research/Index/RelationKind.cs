namespace CreativeGraph.Api.Research.Index;

/// <summary>
/// The kinds of edges the research traversals follow (GraphQL enum <c>RelationKind</c>). Each edge has a stored
/// direction (from → to, as in the names below); traversals follow edges both ways.
/// </summary>
internal enum RelationKind
{
    /// <summary>Partner → Project, with the partner's role (a <c>Participation</c> row).</summary>
    Participation,

    /// <summary>Partner → City, or → Region when no city is known, or → Country when neither is; City → Region (→ Country when it has none); Region → Country.</summary>
    LocatedIn,

    /// <summary>Project → City the project names.</summary>
    ProjectCity,

    /// <summary>Project → Region the project names.</summary>
    ProjectRegion,

    /// <summary>Project → Sector.</summary>
    ProjectSector,

    /// <summary>Project → Programme that funds it.</summary>
    Programme,

    /// <summary>Project → the umbrella project it belongs to.</summary>
    PartOf,

    /// <summary>Programme → the region whose programme it is.</summary>
    ProgrammeRegion,

    /// <summary>Programme → the partner that manages it.</summary>
    ManagedBy,

    /// <summary>Region → Network, with status and dates (a <c>Membership</c> row).</summary>
    Membership,

    /// <summary>Forum → the region, and the city, that hosted it.</summary>
    Hosted,

    /// <summary>Forum → the network whose forum it is.</summary>
    ForumOf,

    /// <summary>Event → the project, region, city, network or forum it belongs to.</summary>
    Event,

    /// <summary>Person → the partner organisation the person works for.</summary>
    Affiliation,
}
