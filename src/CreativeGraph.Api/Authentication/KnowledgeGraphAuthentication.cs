using System.Security.Claims;
using CreativeGraph.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Net.Http.Headers;

namespace CreativeGraph.Api.Authentication;

/// <summary>
/// Who the caller is and what personal data they may see. Two schemes behind one default: a request with
/// <c>Authorization: Bearer …</c> is read by JWT bearer (when configured), any other by the API-key scheme. The
/// <see cref="PersonalDataPolicy"/> admits an authenticated caller with the <see cref="PersonalDataRight"/> right: an
/// API key configured with that role, or a token with that role (<c>role</c>/<c>roles</c>) or scope (<c>scope</c>/<c>scp</c>).
/// <c>@authorize</c> rules are decided with these policies (<see cref="GraphQLAuthorizationServiceCollectionExtensions.AddGraphQLAuthorization"/>).
/// </summary>
internal static class KnowledgeGraphAuthentication
{
    /// <summary>The policy that guards contact details (<c>Person.email</c>).</summary>
    public const string PersonalDataPolicy = "personal-data";

    /// <summary>The role or scope that grants <see cref="PersonalDataPolicy"/>.</summary>
    public const string PersonalDataRight = "personal-data";

    private const string DefaultScheme = "CreativeGraph";

    public static IServiceCollection AddKnowledgeGraphAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        JwtSettings jwt = configuration.GetSection(JwtSettings.Section).Get<JwtSettings>() ?? new JwtSettings();
        jwt.Validate();
        AuthenticationBuilder authentication = services
            .AddAuthentication(DefaultScheme)
            .AddPolicyScheme(DefaultScheme, "API key or JWT bearer", o => o.ForwardDefaultSelector = context =>
                jwt.IsEnabled && IsBearer(context.Request) ? JwtBearerDefaults.AuthenticationScheme : ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<ApiKeyAuthenticationOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, o => ReadApiKeys(configuration, o));
        services.AddOptions<ApiKeyAuthenticationOptions>(ApiKeyAuthenticationHandler.SchemeName).ValidateOnStart();
        if (jwt.IsEnabled)
        {
            authentication.AddJwtBearer(jwt.Configure);
        }

        return services.AddGraphQLAuthorization(o => o.AddPolicy(PersonalDataPolicy, p => p
            .RequireAuthenticatedUser()
            .RequireAssertion(c => HasRight(c.User, PersonalDataRight))));
    }

    /// <summary>True when the caller has the right as a role (any scheme's role claim, or <c>roles</c>) or as a scope.</summary>
    public static bool HasRight(ClaimsPrincipal user, string right) =>
        user.IsInRole(right)
        || user.HasClaim("roles", right)
        || user.Claims.Any(c => c.Type is "scope" or "scp" && c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(right, StringComparer.Ordinal));

    private static void ReadApiKeys(IConfiguration configuration, ApiKeyAuthenticationOptions options)
    {
        foreach (IConfigurationSection key in configuration.GetSection(ApiKeyEntry.Section).GetChildren())
        {
            ApiKey.TryParseHash(key["Hash"], out byte[] hash);
            // Roles as a list (Roles:0, Roles:1 …) or as one comma-separated value (handy in an environment variable).
            IConfigurationSection rolesSection = key.GetSection("Roles");
            string[] roles = rolesSection.Value is { } list
                ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : rolesSection.Get<string[]>() ?? [];
            options.Keys.Add(new ApiKeyEntry(key.Key, hash, roles));
        }
    }

    private static bool IsBearer(HttpRequest request) =>
        request.Headers[HeaderNames.Authorization].FirstOrDefault() is { } value
        && value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
