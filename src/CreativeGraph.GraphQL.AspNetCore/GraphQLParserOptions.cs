using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.AspNetCore;

/// <summary>
/// The parser's limits as configuration (section <c>GraphQL:Parser</c>): <see cref="ParserOptions"/> is immutable
/// (init-only), which the configuration binder cannot fill, so the server binds this and builds the options from it.
/// A limit left unset keeps the parser's default.
/// </summary>
public sealed class GraphQLParserOptions
{
    public int? MaxTokens { get; set; }

    public int? MaxDepth { get; set; }

    public int? MaxDocumentBytes { get; set; }

    public ParserOptions ToParserOptions() => new()
    {
        MaxTokens = MaxTokens ?? ParserOptions.Default.MaxTokens,
        MaxDepth = MaxDepth ?? ParserOptions.Default.MaxDepth,
        MaxDocumentBytes = MaxDocumentBytes ?? ParserOptions.Default.MaxDocumentBytes,
    };
}
