using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// The errors of <c>@authorize</c> denials, with their messages. The subject is a field's schema coordinate
/// (<c>Person.email</c>) or, for <c>apply: VALIDATION</c>, the operation. Messages name the rule's policy only when
/// the server lacks it; they never say what the caller would have seen.
/// </summary>
internal static class AuthorizationErrors
{
    public const string Operation = "This operation";

    public static GraphQLError Denied(AuthorizeResult result, string subject, string? policy) => result switch
    {
        AuthorizeResult.NotAuthenticated => new(
            $"{subject} is available only to authenticated callers.",
            ErrorCodes.AuthNotAuthenticated),
        AuthorizeResult.NoDefaultPolicy => new(
            $"{subject} requires authorization, but the server defines no default authorization policy.",
            ErrorCodes.AuthNoDefaultPolicy),
        AuthorizeResult.PolicyNotFound => new(
            policy is null
                ? $"{subject} requires an authorization policy that the server does not define."
                : $"{subject} requires the authorization policy \"{policy}\", which the server does not define.",
            ErrorCodes.AuthPolicyNotFound),
        _ => new(
            $"The caller is not authorized to access {Lowercase(subject)}.",
            ErrorCodes.AuthNotAuthorized),
    };

    public static GraphQLError NoHandler(string subject) => new(
        $"{subject} requires authorization, but the server has no authorization handler to decide it.",
        ErrorCodes.AuthNoHandler);

    private static string Lowercase(string subject) => subject == Operation ? "this operation" : subject;
}
