using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.AspNetCore.PersistedOperations;

/// <summary>
/// The document a request runs once its id or <c>persistedQuery</c> hash is looked up, or the request error that
/// stops it; <see cref="RegisterAs"/> is the hash under which a newly sent automatic persisted query is stored
/// once it has run.
/// </summary>
internal readonly record struct PersistedOperationLookup(string? Query, GraphQLError? Error, string? RegisterAs = null)
{
    public static PersistedOperationLookup Run(string? query, string? registerAs = null) => new(query, null, registerAs);

    public static PersistedOperationLookup Fail(string message, string code, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(null, new GraphQLError(message, code, extensions: extensions));
}
