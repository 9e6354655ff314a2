namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// A request (spec #sec-Executing-Requests: schema, document, operationName, variableValues,
/// initialValue) as a transport delivers it.
/// </summary>
public sealed class GraphQLRequest
{
    /// <summary>The document text. Null or empty yields an HC0013 request error.</summary>
    public string? Query { get; init; }

    public string? OperationName { get; init; }

    /// <summary>
    /// Variable values as they arrived (JSON decoded to: null, string, bool, int, long, double, decimal,
    /// <c>IReadOnlyList&lt;object?&gt;</c>, <c>IReadOnlyDictionary&lt;string, object?&gt;</c>).
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>Whether the response reports the operation's cost, or only reports it without executing.</summary>
    public CostReporting Cost { get; init; }

    /// <summary>The operation types this request may run; a GET request allows only queries.</summary>
    public AllowedOperations AllowedOperations { get; init; } = AllowedOperations.All;

    /// <summary>Request services (scoped DI container); resolvers reach them through their context.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Request-wide state visible to resolvers (e.g. the authenticated user).</summary>
    public IReadOnlyDictionary<string, object?>? ContextData { get; init; }

    /// <summary>The initial value of the root object (spec initialValue).</summary>
    public object? RootValue { get; init; }

    /// <summary>
    /// True when the transport can deliver the result in several payloads (multipart/mixed, text/event-stream):
    /// <c>@defer</c> then sends its fragments later. Otherwise <c>@defer</c> is ignored and everything comes at once.
    /// </summary>
    public bool EnableIncrementalDelivery { get; init; }
}
