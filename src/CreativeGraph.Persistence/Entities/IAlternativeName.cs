using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Entities;

/// <summary>Another name of a record in a data file (an <see cref="AlternativeName"/> once imported); <see cref="Source"/> is null for general knowledge.</summary>
internal interface IAlternativeName
{
    string Name { get; }

    string Language { get; }

    NameKind Kind { get; }

    string? Source { get; }
}
