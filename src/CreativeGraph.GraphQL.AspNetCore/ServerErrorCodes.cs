namespace CreativeGraph.GraphQL.AspNetCore;

/// <summary>Codes of the GraphQL-over-HTTP server (<c>extensions.code</c>): schema downloads and persisted operations.</summary>
public static class ServerErrorCodes
{
    /// <summary><c>GET /graphql?sdl&amp;types=</c> with an empty list of type names.</summary>
    public const string RequestSchemaTypesEmpty = "HC0058";

    /// <summary><c>types=</c> names something that is not a GraphQL name.</summary>
    public const string RequestSchemaTypeNameInvalid = "HC0059";

    /// <summary><c>types=</c> names a type the schema does not have.</summary>
    public const string RequestSchemaTypeNotFound = "HC0060";

    /// <summary>A request names a persisted operation (by <c>id</c>/<c>documentId</c>) that the server does not know.</summary>
    public const string RequestPersistedOperationNotFound = "HC0020";

    /// <summary>The server runs only persisted (trusted) operations and the request sent another document.</summary>
    public const string RequestOnlyPersistedOperationsAllowed = "HC0067";

    /// <summary>
    /// Apollo's automatic persisted queries: the hash is not known yet, so the client must send the query with it.
    /// Apollo's code, which Apollo Client's persisted-query link reacts to by retrying with the query.
    /// </summary>
    public const string RequestPersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>Apollo's automatic persisted queries: the <c>sha256Hash</c> sent is not the SHA-256 of the query sent.</summary>
    public const string RequestPersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>Apollo's automatic persisted queries are switched off; Apollo Client then stops sending hashes alone.</summary>
    public const string RequestPersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>Apollo's automatic persisted queries: a <c>persistedQuery</c> extension other than version 1 with a hash.</summary>
    public const string RequestPersistedQueryInvalid = "PERSISTED_QUERY_INVALID";
}
