namespace CreativeGraph.Persistence.Model;

/// <summary>
/// A GraphQL document a client registered through Apollo's automatic persisted queries, kept by the SHA-256 of its
/// text so that every API instance on the same database runs it by hash. Not part of the knowledge graph: no
/// provenance, never imported or exported.
/// </summary>
public sealed class PersistedQuery
{
    /// <summary>The SHA-256 of <see cref="Document"/> as 64 lower-case hex digits.</summary>
    public required string Hash { get; set; }

    public required string Document { get; set; }
}
