namespace CreativeGraph.GraphQL.AspNetCore.Request;

/// <summary>Every message text of the HTTP layer, in one place.</summary>
internal static class HttpMessages
{
    public const string BodyEmpty = "The request body is empty; it must be a JSON object with a \"query\" string.";
    public const string BodyNotObject = "The request body must be a JSON object.";
    public const string QueryMissing = "The request has no \"query\": send the GraphQL document as a string in \"query\".";
    public const string ContentTypeMissing = "A POST request must declare its body with Content-Type: application/json.";
    public const string BodyTimeout = "The request body did not arrive in time.";
    public const string GetDisabled = "GET requests are disabled on this endpoint; use POST.";

    public static string InvalidJson(string detail) => $"The request body is not valid JSON: {detail}";

    public static string InvalidParameterJson(string parameter, string detail) =>
        $"The \"{parameter}\" parameter is not valid JSON: {detail}";

    public static string ParameterNotString(string parameter) => $"The \"{parameter}\" parameter must be a string.";

    public static string ParameterNotObject(string parameter) => $"The \"{parameter}\" parameter must be a JSON object.";

    public static string ParameterRepeated(string parameter) => $"The \"{parameter}\" parameter must not be given more than once.";

    public static string ContentTypeUnsupported(string contentType) =>
        $"The Content-Type \"{contentType}\" is not supported; send application/json encoded as UTF-8.";

    public static string BodyTooLarge(long limit) => $"The request body exceeds the limit of {limit} bytes.";

    public const string SchemaTypesEmpty = "The \"types\" parameter is empty; name one or more types, separated by commas.";

    public static string SchemaTypeNameInvalid(string name) => $"\"{name}\" is not a valid type name.";

    public static string SchemaTypeNotFound(string name) => $"The schema has no type named \"{name}\".";

    public static string PersistedOperationNotFound(string id) =>
        $"No persisted operation has the id \"{id}\"; send a registered id (\"sha256:<hex>\" or the hex digest alone).";

    public const string OnlyPersistedOperationsAllowed =
        "This server runs only its persisted operations; send the id of a registered operation instead of a document.";

    // Apollo's exact messages: Apollo Client's persisted-query link matches them.
    public const string PersistedQueryNotFound = "PersistedQueryNotFound";
    public const string PersistedQueryNotSupported = "PersistedQueryNotSupported";

    public const string PersistedQueryInvalid =
        "The \"persistedQuery\" extension must be an object with \"version\": 1 and \"sha256Hash\", the SHA-256 of the query as 64 hex digits.";

    public const string PersistedQueryHashMismatch = "The sha256Hash sent is not the SHA-256 of the query sent.";
}
