using System.Globalization;
using CreativeGraph.GraphQL.AspNetCore.Request;
using CreativeGraph.GraphQL.Response;
using Microsoft.Extensions.Options;

namespace CreativeGraph.GraphQL.AspNetCore.PersistedOperations;

/// <summary>
/// Turns what a request sent into the document it runs:
/// <list type="bullet">
/// <item>an <c>id</c>/<c>documentId</c> (HotChocolate's and the GraphQL-over-HTTP persisted-documents format, plain hex or
/// <c>sha256:&lt;hex&gt;</c>) names a trusted document (unknown → <c>HC0020</c>);</item>
/// <item>Apollo's <c>extensions.persistedQuery { version: 1, sha256Hash }</c>: the hash alone runs a trusted or earlier
/// sent document (unknown → <c>PersistedQueryNotFound</c>, Apollo's message and code, so Apollo Client sends it
/// again with the query); with the query, the hash must be the query's SHA-256 and the query is stored once it ran;</item>
/// <item>with <c>OnlyAllowPersistedDocuments</c>, any other document is refused (<c>HC0067</c>) unless it is trusted.</item>
/// </list>
/// </summary>
internal sealed class PersistedOperationResolver(
    TrustedDocuments trusted,
    IPersistedQueryStore store,
    IOptions<PersistedOperationOptions> options)
{
    private const string ExtensionName = "persistedQuery";
    private readonly PersistedOperationOptions _options = options.Value;

    /// <summary>Whether the request names its document in a way a reader must not refuse as "no query".</summary>
    public static bool NamesPersistedDocument(string? documentId, IReadOnlyDictionary<string, object?>? extensions) =>
        documentId is not null || extensions?.ContainsKey(ExtensionName) == true;

    public async ValueTask<PersistedOperationLookup> ResolveAsync(
        string? query,
        string? documentId,
        IReadOnlyDictionary<string, object?>? extensions,
        CancellationToken cancellationToken)
    {
        if (documentId is not null)
        {
            return ById(query, documentId);
        }

        if (extensions is not null && extensions.TryGetValue(ExtensionName, out object? persistedQuery))
        {
            return await AutomaticAsync(query, persistedQuery, cancellationToken).ConfigureAwait(false);
        }

        return _options.OnlyAllowPersistedDocuments && !trusted.Contains(DocumentHash.Of(query!))
            ? PersistedOperationLookup.Fail(HttpMessages.OnlyPersistedOperationsAllowed, ServerErrorCodes.RequestOnlyPersistedOperationsAllowed)
            : PersistedOperationLookup.Run(query);
    }

    /// <summary>Stores a newly sent automatic persisted query once it ran (parsed and validated), never a broken one.</summary>
    public ValueTask RegisterAsync(PersistedOperationLookup lookup, ExecutionResult result, CancellationToken cancellationToken) =>
        lookup.RegisterAs is { } hash && result.ErrorKind is not (RequestErrorKind.InvalidRequest or RequestErrorKind.Syntax or RequestErrorKind.Validation)
            ? store.SaveAsync(hash, lookup.Query!, cancellationToken)
            : ValueTask.CompletedTask;

    private PersistedOperationLookup ById(string? query, string documentId)
    {
        if (!DocumentHash.TryParse(documentId, out string hash) || !trusted.TryGet(hash, out string document))
        {
            return PersistedOperationLookup.Fail(
                HttpMessages.PersistedOperationNotFound(documentId),
                ServerErrorCodes.RequestPersistedOperationNotFound,
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["requestedKey"] = documentId });
        }

        return query is null || string.Equals(query, document, StringComparison.Ordinal)
            ? PersistedOperationLookup.Run(document)
            : PersistedOperationLookup.Fail(HttpMessages.PersistedQueryHashMismatch, ServerErrorCodes.RequestPersistedQueryHashMismatch);
    }

    // Apollo's automatic persisted queries, version 1.
    private async ValueTask<PersistedOperationLookup> AutomaticAsync(string? query, object? extension, CancellationToken cancellationToken)
    {
        if (!_options.EnableAutomaticPersistedQueries)
        {
            return query is null
                ? PersistedOperationLookup.Fail(HttpMessages.PersistedQueryNotSupported, ServerErrorCodes.RequestPersistedQueryNotSupported)
                : await ResolveAsync(query, null, null, cancellationToken).ConfigureAwait(false);
        }

        // Apollo sends the bare hex digest; the "sha256:" prefix belongs to ids only.
        if (extension is not IReadOnlyDictionary<string, object?> fields
            || !IsVersionOne(fields.GetValueOrDefault("version"))
            || fields.GetValueOrDefault("sha256Hash") is not string sent
            || sent.Contains(':', StringComparison.Ordinal)
            || !DocumentHash.TryParse(sent, out string hash))
        {
            return PersistedOperationLookup.Fail(HttpMessages.PersistedQueryInvalid, ServerErrorCodes.RequestPersistedQueryInvalid);
        }

        if (query is null)
        {
            string? document = trusted.TryGet(hash, out string trustedDocument)
                ? trustedDocument
                : _options.OnlyAllowPersistedDocuments ? null : await store.TryGetAsync(hash, cancellationToken).ConfigureAwait(false);
            return document is null
                ? PersistedOperationLookup.Fail(HttpMessages.PersistedQueryNotFound, ServerErrorCodes.RequestPersistedQueryNotFound)
                : PersistedOperationLookup.Run(document);
        }

        if (!string.Equals(DocumentHash.Of(query), hash, StringComparison.Ordinal))
        {
            return PersistedOperationLookup.Fail(HttpMessages.PersistedQueryHashMismatch, ServerErrorCodes.RequestPersistedQueryHashMismatch);
        }

        if (trusted.Contains(hash))
        {
            return PersistedOperationLookup.Run(query);
        }

        return _options.OnlyAllowPersistedDocuments
            ? PersistedOperationLookup.Fail(HttpMessages.OnlyPersistedOperationsAllowed, ServerErrorCodes.RequestOnlyPersistedOperationsAllowed)
            : PersistedOperationLookup.Run(query, registerAs: hash);
    }

    private static bool IsVersionOne(object? version) =>
        version is int or long or decimal && Convert.ToDecimal(version, CultureInfo.InvariantCulture) == 1;
}
