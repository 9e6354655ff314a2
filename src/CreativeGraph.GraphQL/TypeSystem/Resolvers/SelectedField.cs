using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>One collected field of a selection set: its response name, definition and merged field nodes.</summary>
public sealed record SelectedField(string ResponseName, OutputField Field, IReadOnlyList<FieldNode> FieldNodes);
