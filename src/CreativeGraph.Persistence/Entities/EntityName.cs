using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Entities;

/// <summary>A name-like column's value (null when the column is empty), in its language when it has one.</summary>
public sealed record EntityName(string? Name, string? Language, SearchNameKind Kind)
{
    public static EntityName Primary(string name) => new(name, null, SearchNameKind.Name);

    public static EntityName Acronym(string? acronym) => new(acronym, null, SearchNameKind.Acronym);

    public static EntityName Local(string? name, string? language) => new(name, language, SearchNameKind.Local);
}
