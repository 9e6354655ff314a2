namespace CreativeGraph.GraphQL.Language;

/// <summary>Limits and switches for <see cref="Parser"/>. Exceeding a limit is a <see cref="SyntaxException"/>.</summary>
public sealed class ParserOptions
{
    /// <summary>The options used when none are given.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>The most lexical tokens (excluding &lt;EOF&gt;) a document may have; default 15 000.</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>
    /// The deepest nesting of selection sets, list and object values and list types; default 1 100.
    /// Guards the recursive-descent parser (and the recursive walks after it) against stack exhaustion.
    /// graphql-js parses documents up to about a thousand levels deep, and a conforming server must accept
    /// what it accepts, so the default sits just above that.
    /// </summary>
    public int MaxDepth { get; init; } = 1_100;

    /// <summary>The largest document in UTF-8 bytes; null (the default) means no limit.</summary>
    public int? MaxDocumentBytes { get; init; }

    /// <summary>When true, nodes get no <see cref="Location"/> (slightly faster, less memory).</summary>
    public bool NoLocations { get; init; }
}
