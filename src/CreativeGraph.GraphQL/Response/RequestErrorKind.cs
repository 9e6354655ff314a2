namespace CreativeGraph.GraphQL.Response;

/// <summary>
/// The stage at which a request failed before execution (spec #sec-Request-Errors). The HTTP layer maps
/// these to status codes (GraphQL over HTTP: 400 for all of them under application/graphql-response+json,
/// except <see cref="OperationNotAllowed"/>, which is 405 for a mutation over GET).
/// </summary>
public enum RequestErrorKind
{
    /// <summary>No request error: execution started.</summary>
    None,

    /// <summary>The request itself is malformed (no query, wrong parameter types…).</summary>
    InvalidRequest,

    /// <summary>The document does not parse (spec #sec-Language).</summary>
    Syntax,

    /// <summary>The document fails validation (spec #sec-Validation).</summary>
    Validation,

    /// <summary>The operation to run cannot be chosen (spec GetOperation: unknown or missing operationName).</summary>
    OperationSelection,

    /// <summary>Variable values cannot be coerced (spec #sec-Coercing-Variable-Values).</summary>
    VariableCoercion,

    /// <summary>The operation type is not allowed for this request (e.g. a mutation over GET).</summary>
    OperationNotAllowed,

    /// <summary>A server limit refused the request before execution (depth, cost, introspection off…).</summary>
    LimitExceeded,

    /// <summary>An <c>@authorize(apply: VALIDATION)</c> rule of a selected field refused the operation before execution.</summary>
    Authorization,
}
