using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Seed.Documents;

/// <summary>Another name of the enclosing record; <see cref="Source"/> is null for general knowledge.</summary>
internal sealed record NameRecord : IAlternativeName
{
    public required string Name { get; init; }

    public required string Language { get; init; }

    public required NameKind Kind { get; init; }

    public string? Source { get; init; }
}
