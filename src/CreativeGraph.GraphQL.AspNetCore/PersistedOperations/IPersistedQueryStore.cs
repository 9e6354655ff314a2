namespace CreativeGraph.GraphQL.AspNetCore;

/// <summary>
/// Where Apollo's automatic persisted queries are kept, by the SHA-256 of their text (64 lower-case hex digits). The
/// default keeps them in memory (bounded, least recently used leave first); register another implementation before
/// <c>AddGraphQLServer</c> to share them between instances (a database table, a distributed cache).
/// </summary>
public interface IPersistedQueryStore
{
    /// <summary>The document stored under <paramref name="hash"/>, or null.</summary>
    ValueTask<string?> TryGetAsync(string hash, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="document"/> under <paramref name="hash"/>, which the caller has checked is its SHA-256.</summary>
    ValueTask SaveAsync(string hash, string document, CancellationToken cancellationToken);
}
