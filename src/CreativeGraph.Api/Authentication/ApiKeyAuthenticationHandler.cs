using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CreativeGraph.Api.Authentication;

/// <summary>
/// The API-key scheme: a key in <c>X-Api-Key: &lt;key&gt;</c> or <c>Authorization: ApiKey &lt;key&gt;</c> makes the caller
/// the key's name with the key's roles. No key: no result. An unknown key fails authentication, so the request goes on
/// anonymous (a guarded field then answers <c>AUTH_NOT_AUTHENTICATED</c>); it is never an HTTP error here.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<ApiKeyAuthenticationOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<ApiKeyAuthenticationOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? key = ReadKey(Request.Headers);
        if (key is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (key.Length > ApiKey.MaxLength || Options.Find(key) is not { } entry)
        {
            return Task.FromResult(AuthenticateResult.Fail("Unknown API key."));
        }

        ClaimsIdentity identity = new(
            [
                new Claim(ClaimTypes.NameIdentifier, entry.Name),
                new Claim(ClaimTypes.Name, entry.Name),
                .. entry.Roles.Select(role => new Claim(ClaimTypes.Role, role)),
            ],
            SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    /// <summary>The key the request presents, if any: the X-Api-Key header, else an <c>ApiKey</c> Authorization header.</summary>
    public static string? ReadKey(IHeaderDictionary headers)
    {
        string? key = headers[HeaderName].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(key)
            && AuthenticationHeaderValue.TryParse(headers[HeaderNames.Authorization].FirstOrDefault(), out AuthenticationHeaderValue? authorization)
            && string.Equals(authorization.Scheme, SchemeName, StringComparison.OrdinalIgnoreCase))
        {
            key = authorization.Parameter;
        }

        return string.IsNullOrWhiteSpace(key) ? null : key.Trim();
    }
}
