namespace CreativeGraph.GraphQL.AspNetCore;

/// <summary>
/// Persisted operations (configuration section <c>GraphQL:PersistedOperations</c>): trusted documents registered at
/// start by their SHA-256, and Apollo's automatic persisted queries.
/// </summary>
public sealed class PersistedOperationOptions
{
    /// <summary>The folder read when <see cref="Directories"/> is empty; a missing default folder registers nothing.</summary>
    public const string DefaultDirectory = "schema/operations";

    /// <summary>
    /// Folders whose <c>*.graphql</c> files are the trusted documents, each registered under the SHA-256 of its text
    /// (relative paths are relative to the working directory). Empty = <see cref="DefaultDirectory"/>; a folder named
    /// here that does not exist stops the start.
    /// </summary>
    public IList<string> Directories { get; } = [];

    /// <summary>
    /// When true, only trusted documents run: a request by id, or a document whose hash is registered; any other
    /// document is refused with <c>HC0067</c> (HotChocolate: <c>OnlyAllowPersistedDocuments</c>).
    /// </summary>
    public bool OnlyAllowPersistedDocuments { get; set; }

    /// <summary>Whether Apollo's automatic persisted queries (<c>extensions.persistedQuery</c>) are served.</summary>
    public bool EnableAutomaticPersistedQueries { get; set; } = true;

    /// <summary>How many automatically persisted queries the in-memory store keeps (the least recently used leave first).</summary>
    public int AutomaticPersistedQueryCacheSize { get; set; } = 1000;
}
