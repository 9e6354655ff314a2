using CreativeGraph.GraphQL.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CreativeGraph.GraphQL.AspNetCore;

/// <summary>Registers the ASP.NET Core handler of <c>@authorize</c> (HotChocolate: <c>AddGraphQLServer().AddAuthorization()</c>).</summary>
public static class GraphQLAuthorizationServiceCollectionExtensions
{
    /// <summary>
    /// Makes <c>@authorize</c> rules decided by ASP.NET Core authorization: registers the authorization services
    /// (<c>AddAuthorization</c>, with <paramref name="configure"/> to add policies, so the authorization middleware works too) and a request-scoped
    /// <see cref="Execution.IAuthorizationHandler"/> over <see cref="IAuthorizationService"/>. Policies may equally be
    /// added with <c>services.AddAuthorization(...)</c>. Authentication (which makes <c>HttpContext.User</c>) is the
    /// application's: <c>AddAuthentication()</c> with its schemes. Without this call every guarded field is denied
    /// (<c>AUTH_NO_HANDLER</c>).
    /// </summary>
    public static IServiceCollection AddGraphQLAuthorization(this IServiceCollection services, Action<AuthorizationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (configure is null)
        {
            services.AddAuthorization();
        }
        else
        {
            services.AddAuthorization(configure);
        }

        services.TryAddScoped<Execution.IAuthorizationHandler, AspNetCoreAuthorizationHandler>();
        return services;
    }
}
