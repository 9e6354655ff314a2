namespace CreativeGraph.GraphQL.AspNetCore;

/// <summary>Options of the Banana Cake Pop IDE, served offline from the build output (no CDN).</summary>
public sealed class GraphQLToolOptions
{
    /// <summary>Whether a browser <c>GET /graphql</c> (Accept: text/html, no <c>query</c>) serves the IDE.</summary>
    public bool Enable { get; set; } = true;

    /// <summary>The title of the IDE's document tab.</summary>
    public string Title { get; set; } = "CreativeGraph";

    /// <summary>Whether the IDE sends the browser's cookies with its GraphQL requests.</summary>
    public bool IncludeCookies { get; set; }

    /// <summary>
    /// The folder holding the IDE's files. Defaults to <c>bananacakepop/</c> beside the application, where the
    /// build copies the npm package <c>@chillicream/bananacakepop-graphql-ide</c>.
    /// </summary>
    public string? FilesPath { get; set; }
}
