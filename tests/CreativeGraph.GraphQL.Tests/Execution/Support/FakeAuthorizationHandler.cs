using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Tests.Execution.Support;

/// <summary>A caller as the fake handler sees it: the roles they have and the policies that admit them.</summary>
internal sealed record FakeCaller(string[] Roles, string[] Policies);

/// <summary>
/// Decides <c>@authorize</c> rules as the ASP.NET Core handler does (HotChocolate's order: identity, roles, policy),
/// over a <see cref="FakeCaller"/> in the request's context data (absent = anonymous). Policies it knows are
/// "personal-data" and "staff"; any other is not found. Records what it was asked.
/// </summary>
internal sealed class FakeAuthorizationHandler : IAuthorizationHandler, IServiceProvider
{
    public const string CallerKey = "caller";

    private static readonly string[] s_knownPolicies = ["personal-data", "staff"];

    public List<string> Calls { get; } = [];

    public bool HasDefaultPolicy { get; init; } = true;

    /// <summary>A request from <paramref name="caller"/> (null: anonymous) whose services are <paramref name="services"/>.</summary>
    public static GraphQLRequest Request(string query, FakeCaller? caller, IServiceProvider? services) => new()
    {
        Query = query,
        Services = services,
        ContextData = caller is null ? null : new Dictionary<string, object?> { [CallerKey] = caller },
    };

    public object? GetService(Type serviceType) => serviceType == typeof(IAuthorizationHandler) ? this : null;

    public ValueTask<AuthorizeResult> AuthorizeAsync(IResolverContext context, AuthorizeDirective directive)
    {
        lock (Calls)
        {
            Calls.Add($"{context.Path}: {directive}");
        }

        return new ValueTask<AuthorizeResult>(Decide(context.ContextData.TryGetValue(CallerKey, out object? caller) ? caller as FakeCaller : null, directive));
    }

    public ValueTask<AuthorizeResult> AuthorizeAsync(AuthorizationContext context, IReadOnlyList<AuthorizeDirective> directives)
    {
        lock (Calls)
        {
            Calls.Add($"{context.Operation.Name?.Value ?? "(anonymous)"}: {string.Join(" ", directives)}");
        }

        FakeCaller? caller = context.ContextData.TryGetValue(CallerKey, out object? value) ? value as FakeCaller : null;
        foreach (AuthorizeDirective directive in directives)
        {
            AuthorizeResult result = Decide(caller, directive);
            if (result != AuthorizeResult.Allowed)
            {
                return new ValueTask<AuthorizeResult>(result);
            }
        }

        return new ValueTask<AuthorizeResult>(AuthorizeResult.Allowed);
    }

    private AuthorizeResult Decide(FakeCaller? caller, AuthorizeDirective directive)
    {
        if (caller is null)
        {
            return AuthorizeResult.NotAuthenticated;
        }

        if (directive.Roles is { } roles && !roles.Any(caller.Roles.Contains))
        {
            return AuthorizeResult.NotAllowed;
        }

        if (directive.Policy is null)
        {
            return directive.Roles is not null || HasDefaultPolicy ? AuthorizeResult.Allowed : AuthorizeResult.NoDefaultPolicy;
        }

        if (!s_knownPolicies.Contains(directive.Policy))
        {
            return AuthorizeResult.PolicyNotFound;
        }

        return caller.Policies.Contains(directive.Policy) ? AuthorizeResult.Allowed : AuthorizeResult.NotAllowed;
    }
}
