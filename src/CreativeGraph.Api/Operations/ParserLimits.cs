using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.Api.Operations;

/// <summary>
/// The parser's limits as configuration (<c>GraphQL:Parser</c>): <see cref="ParserOptions"/> is immutable (init-only),
/// which the configuration binder cannot fill, so the host binds this and builds the options from it.
/// </summary>
internal sealed class ParserLimits
{
    public const string Section = "GraphQL:Parser";

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
