namespace CreativeGraph.GraphQL.Language;

/// <summary>
/// A node's place in its source: UTF-8 byte offsets and the 1-based line and column (in Unicode code
/// points, as graphql-js counts them) of its first character.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column);
