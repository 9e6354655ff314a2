using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace CreativeGraph.Api.Authentication;

/// <summary>
/// JWT bearer tokens, from <c>Authentication:Jwt</c>: either an OpenID Connect <c>Authority</c> (its signing keys are
/// discovered) with an <c>Audience</c>, or a symmetric <c>SigningKey</c> (at least 32 bytes of UTF-8) for tokens the
/// deployer issues, with optional <c>Issuer</c> and <c>Audience</c> to check. Off when neither is configured. Roles come
/// from the token's <c>role</c>/<c>roles</c> claims, rights also from <c>scope</c>/<c>scp</c>; the caller's name is <c>sub</c>.
/// </summary>
internal sealed class JwtSettings
{
    public const string Section = "Authentication:Jwt";

    public string? Authority { get; set; }

    public string? Audience { get; set; }

    public string? Issuer { get; set; }

    public string? SigningKey { get; set; }

    /// <summary>Whether the Authority's metadata must come over HTTPS (default true).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(SigningKey);

    /// <summary>Throws at start-up for a setting that could only fail later, on a request.</summary>
    public void Validate()
    {
        if (!string.IsNullOrWhiteSpace(SigningKey) && Encoding.UTF8.GetByteCount(SigningKey) < 32)
        {
            throw new InvalidOperationException($"{Section}:SigningKey must be at least 32 bytes long (HMAC-SHA256).");
        }

        // An issuer's tokens for other APIs must not open this one.
        if (!string.IsNullOrWhiteSpace(Authority) && string.IsNullOrWhiteSpace(Audience))
        {
            throw new InvalidOperationException($"{Section}:Authority needs {Section}:Audience, the audience this API's tokens are issued for.");
        }
    }

    public void Configure(JwtBearerOptions options)
    {
        options.MapInboundClaims = false;
        options.TokenValidationParameters.NameClaimType = "sub";
        options.TokenValidationParameters.RoleClaimType = "role";
        if (!string.IsNullOrWhiteSpace(Authority))
        {
            options.Authority = Authority;
            options.RequireHttpsMetadata = RequireHttpsMetadata;
        }

        if (!string.IsNullOrWhiteSpace(SigningKey))
        {
            options.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey));
            options.TokenValidationParameters.ValidateIssuer = !string.IsNullOrWhiteSpace(Issuer);
            options.TokenValidationParameters.ValidIssuer = Issuer;
        }

        options.TokenValidationParameters.ValidateAudience = !string.IsNullOrWhiteSpace(Audience);
        options.TokenValidationParameters.ValidAudience = Audience;

        // A token that does not validate already leaves the caller anonymous. Anything else (the Authority's
        // metadata unreachable, say) would be rethrown as a 500: the caller goes on anonymous instead.
        options.Events = new JwtBearerEvents
        {
            OnAuthenticationFailed = context =>
            {
                if (context.Exception is not SecurityTokenException)
                {
                    context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>()
                        .CreateLogger<JwtSettings>()
                        .LogWarning(context.Exception, "A bearer token could not be checked; the request goes on unauthenticated.");
                    context.NoResult();
                }

                return Task.CompletedTask;
            },
        };
    }
}
