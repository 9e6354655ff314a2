namespace CreativeGraph.GraphQL.Response;

/// <summary>Codes of <c>@authorize</c> denials (HotChocolate's <c>ErrorCodes.Authentication</c>, same values).</summary>
public static partial class ErrorCodes
{
    /// <summary>The caller has an identity that the rule does not admit.</summary>
    public const string AuthNotAuthorized = "AUTH_NOT_AUTHORIZED";

    /// <summary>The caller has no identity (anonymous request, unknown API key, invalid token).</summary>
    public const string AuthNotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>The rule names no policy and the server has no default policy.</summary>
    public const string AuthNoDefaultPolicy = "AUTH_NO_DEFAULT_POLICY";

    /// <summary>The rule names a policy the server does not define.</summary>
    public const string AuthPolicyNotFound = "AUTH_POLICY_NOT_FOUND";

    /// <summary>The field is guarded but the request's services hold no <c>IAuthorizationHandler</c> (ours; a deployment error).</summary>
    public const string AuthNoHandler = "AUTH_NO_HANDLER";
}
