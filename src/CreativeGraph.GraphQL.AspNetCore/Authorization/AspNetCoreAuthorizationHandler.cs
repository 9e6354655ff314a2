using System.Security.Claims;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.TypeSystem;
using Microsoft.AspNetCore.Authorization;

namespace CreativeGraph.GraphQL.AspNetCore.Authorization;

/// <summary>
/// Decides <c>@authorize</c> rules with ASP.NET Core authorization, in HotChocolate's order: a caller without an
/// authenticated identity is <see cref="AuthorizeResult.NotAuthenticated"/>; roles admit a caller in any of them
/// (<see cref="ClaimsPrincipal.IsInRole"/>); then the named policy (or, when the rule names neither, the default
/// policy) is evaluated by <see cref="IAuthorizationService"/> with the resolver context (or the
/// <see cref="AuthorizationContext"/>) as the resource. The caller is the <see cref="ClaimsPrincipal"/> the endpoint put
/// into the request's context data (<see cref="GraphQLHttpContextKeys.User"/>). A policy's authentication schemes are
/// not re-run here: the caller is whoever the authentication middleware made them.
/// </summary>
internal sealed class AspNetCoreAuthorizationHandler(IAuthorizationService authorization, IAuthorizationPolicyProvider policies) : Execution.IAuthorizationHandler
{
    public ValueTask<AuthorizeResult> AuthorizeAsync(IResolverContext context, AuthorizeDirective directive) =>
        AuthorizeAsync(context.ContextData.TryGetValue(GraphQLHttpContextKeys.User, out object? user) ? user as ClaimsPrincipal : null, directive, context);

    public async ValueTask<AuthorizeResult> AuthorizeAsync(AuthorizationContext context, IReadOnlyList<AuthorizeDirective> directives)
    {
        ClaimsPrincipal? user = context.ContextData.TryGetValue(GraphQLHttpContextKeys.User, out object? value) ? value as ClaimsPrincipal : null;
        foreach (AuthorizeDirective directive in directives)
        {
            AuthorizeResult result = await AuthorizeAsync(user, directive, context).ConfigureAwait(false);
            if (result != AuthorizeResult.Allowed)
            {
                return result;
            }
        }

        return AuthorizeResult.Allowed;
    }

    private async ValueTask<AuthorizeResult> AuthorizeAsync(ClaimsPrincipal? user, AuthorizeDirective directive, object resource)
    {
        if (user is null || !user.Identities.Any(i => i.IsAuthenticated))
        {
            return AuthorizeResult.NotAuthenticated;
        }

        if (directive.Roles is { } roles && !roles.Any(user.IsInRole))
        {
            return AuthorizeResult.NotAllowed;
        }

        if (directive.Policy is null && directive.Roles is not null)
        {
            return AuthorizeResult.Allowed;
        }

        AuthorizationPolicy? policy = directive.Policy is null
            ? await policies.GetDefaultPolicyAsync().ConfigureAwait(false)
            : await policies.GetPolicyAsync(directive.Policy).ConfigureAwait(false);
        if (policy is null)
        {
            return directive.Policy is null ? AuthorizeResult.NoDefaultPolicy : AuthorizeResult.PolicyNotFound;
        }

        AuthorizationResult result = await authorization.AuthorizeAsync(user, resource, policy).ConfigureAwait(false);
        return result.Succeeded ? AuthorizeResult.Allowed : AuthorizeResult.NotAllowed;
    }
}
