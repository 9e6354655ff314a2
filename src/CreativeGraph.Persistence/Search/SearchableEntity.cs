using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Search;

/// <summary>
/// What the search knows of one named entity: its type, surrogate key, natural key (which its
/// <see cref="AlternativeName"/> rows refer to) and its own name-like columns, primary name first.
/// </summary>
internal sealed record SearchableEntity(string Type, int Id, string Key, IReadOnlyList<SearchableEntity.OwnName> Names)
{
    /// <summary>The entity types the search covers; <see cref="From"/> describes each of them.</summary>
    public static IReadOnlyList<string> Types { get; } =
    [
        EntityTypes.City, EntityTypes.Country, EntityTypes.Event, EntityTypes.Forum, EntityTypes.Network, EntityTypes.Partner,
        EntityTypes.Person, EntityTypes.Programme, EntityTypes.Project, EntityTypes.Region, EntityTypes.Sector, EntityTypes.Source,
    ];

    /// <summary>
    /// The searchable description of <paramref name="entity"/>, or null for entities without names (edges, list items).
    /// People are searchable by name: a name is not protected, only contact details are (<see cref="PersonalDataAttribute"/>),
    /// and those never become search names, so no search can find a person by e-mail.
    /// </summary>
    public static SearchableEntity? From(object entity) => entity switch
    {
        Source e => new(EntityTypes.Source, e.Id, e.Slug, [new(e.Title, e.Language, SearchNameKind.Name), new(e.FileName, null, SearchNameKind.FileName)]),
        Country e => new(EntityTypes.Country, e.Id, e.Code, [Primary(e.Name), new(e.Code, null, SearchNameKind.Code)]),
        Region e => new(EntityTypes.Region, e.Id, e.Slug, [Primary(e.Name)]),
        City e => new(EntityTypes.City, e.Id, e.Slug, [Primary(e.Name)]),
        Sector e => new(EntityTypes.Sector, e.Id, e.Slug, [Primary(e.Name)]),
        Partner e => new(EntityTypes.Partner, e.Id, e.Slug, [Primary(e.Name), Acronym(e.Acronym), Local(e.LocalName, e.LocalNameLanguage)]),
        Person e => new(EntityTypes.Person, e.Id, e.Slug, [Primary(e.Name)]),
        Programme e => new(EntityTypes.Programme, e.Id, e.Slug, [Primary(e.Name)]),
        Project e => new(EntityTypes.Project, e.Id, e.Slug, [Primary(e.Title), Acronym(e.Acronym), Local(e.LocalTitle, e.LocalTitleLanguage)]),
        Network e => new(EntityTypes.Network, e.Id, e.Slug, [Primary(e.Name)]),
        Forum e => new(EntityTypes.Forum, e.Id, e.Slug, [Primary(e.Name)]),
        Event e => new(EntityTypes.Event, e.Id, e.Slug, [Primary(e.Name)]),
        _ => null,
    };

    private static OwnName Primary(string name) => new(name, null, SearchNameKind.Name);

    private static OwnName Acronym(string? acronym) => new(acronym, null, SearchNameKind.Acronym);

    private static OwnName Local(string? name, string? language) => new(name, language, SearchNameKind.Local);

    /// <summary>A name-like column's value (null when the column is empty).</summary>
    internal sealed record OwnName(string? Name, string? Language, SearchNameKind Kind);
}
