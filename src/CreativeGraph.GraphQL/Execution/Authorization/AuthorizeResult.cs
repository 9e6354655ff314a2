namespace CreativeGraph.GraphQL.Execution;

/// <summary>The answer of an <see cref="IAuthorizationHandler"/> (HotChocolate's <c>AuthorizeResult</c>).</summary>
public enum AuthorizeResult
{
    /// <summary>The caller may access the field (or run the operation).</summary>
    Allowed,

    /// <summary>The caller has an identity the rule does not admit → <c>AUTH_NOT_AUTHORIZED</c>.</summary>
    NotAllowed,

    /// <summary>The caller has no identity → <c>AUTH_NOT_AUTHENTICATED</c>.</summary>
    NotAuthenticated,

    /// <summary>The rule names no policy and the server has no default policy → <c>AUTH_NO_DEFAULT_POLICY</c>.</summary>
    NoDefaultPolicy,

    /// <summary>The rule names a policy the server does not define → <c>AUTH_POLICY_NOT_FOUND</c>.</summary>
    PolicyNotFound,
}
