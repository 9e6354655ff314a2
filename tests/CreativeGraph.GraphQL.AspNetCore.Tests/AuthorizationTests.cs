using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.TypeSystem;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CreativeGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// <c>@authorize</c> through the HTTP endpoint with real ASP.NET Core authentication (JWT bearer, a symmetric key) and
/// authorization (policies, roles, the default policy, resource-based assertions over the resolver context).
/// </summary>
public sealed class AuthorizationTests : IAsyncLifetime
{
    private const string Issuer = "https://issuer.test";
    private const string Audience = "creativegraph-tests";

    private static readonly SymmetricSecurityKey s_key = new(Encoding.UTF8.GetBytes("a signing key of at least 32 bytes, for tests only"));

    private const string Sdl = """
        type Query {
          person: Person
          report: String @authorize(policy: "personal-data", apply: VALIDATION)
        }

        type Person {
          name: String!
          email: String @authorize(policy: "personal-data")
          notes: String @authorize(roles: ["editor"])
          badge: String @authorize
          vault: String @authorize(policy: "not-defined")
          ownEmail: String @authorize(policy: "own-record")
        }
        """;

    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync()
    {
        Schema schema = SchemaBuilder.FromSdl(Sdl)
            .BindResolver("Query", "person", _ => new Dictionary<string, object?>
            {
                ["name"] = "Ada",
                ["email"] = "ada@example.org",
                ["notes"] = "draft",
                ["badge"] = "B-7",
                ["vault"] = "gold",
                ["ownEmail"] = "ada@example.org",
            })
            .BindResolver("Query", "report", _ => "annual")
            .Build();

        _host = await GraphQLTestHost.StartAsync(services =>
        {
            services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = Issuer,
                    ValidAudience = Audience,
                    IssuerSigningKey = s_key,
                    RoleClaimType = "role",
                    NameClaimType = "sub",
                };
            });
            services.AddGraphQLServer(schema);
            services.AddGraphQLAuthorization(o =>
            {
                o.AddPolicy("personal-data", p => p.RequireRole("personal-data"));

                // Resource-based: the rule sees the resolver context, so it can compare the record with the caller.
                o.AddPolicy("own-record", p => p.RequireAssertion(c =>
                    c.Resource is IResolverContext { Parent: IReadOnlyDictionary<string, object?> person }
                    && Equals(person["name"], c.User.Identity?.Name)));
            });
        });
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Without_a_token_the_guarded_field_is_null_with_AUTH_NOT_AUTHENTICATED_and_the_rest_intact()
    {
        JsonElement body = await PostAsync("{ person { name email } }", token: null, HttpStatusCode.OK);

        Assert.Equal("""{"name":"Ada","email":null}""", body.GetProperty("data").GetProperty("person").GetRawText());
        Assert.Equal(
            """[{"message":"Person.email is available only to authenticated callers.","locations":[{"line":1,"column":17}],"path":["person","email"],"extensions":{"code":"AUTH_NOT_AUTHENTICATED"}}]""",
            body.GetProperty("errors").GetRawText());
    }

    [Fact]
    public async Task A_token_without_the_role_the_policy_requires_gets_AUTH_NOT_AUTHORIZED()
    {
        JsonElement body = await PostAsync("{ person { name email } }", Token("grace"), HttpStatusCode.OK);

        Assert.Equal("""{"name":"Ada","email":null}""", body.GetProperty("data").GetProperty("person").GetRawText());
        Assert.Equal("AUTH_NOT_AUTHORIZED", Code(body));
    }

    [Fact]
    public async Task A_token_with_the_role_gets_the_value()
    {
        JsonElement body = await PostAsync("{ person { name email } }", Token("grace", "personal-data"), HttpStatusCode.OK);

        Assert.Equal("""{"data":{"person":{"name":"Ada","email":"ada@example.org"}}}""", body.GetRawText());
    }

    [Fact]
    public async Task A_token_with_a_bad_signature_is_no_identity_and_never_a_server_error()
    {
        string forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity([new Claim("sub", "mallory"), new Claim("role", "personal-data")]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes("another key of at least 32 bytes, not the server's")), SecurityAlgorithms.HmacSha256),
        });

        JsonElement body = await PostAsync("{ person { name email } }", forged, HttpStatusCode.OK);

        Assert.Equal("AUTH_NOT_AUTHENTICATED", Code(body));
        Assert.Equal("Ada", body.GetProperty("data").GetProperty("person").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Roles_the_default_policy_and_unknown_policies_decide_as_in_HotChocolate()
    {
        JsonElement editor = await PostAsync("{ person { notes badge } }", Token("lin", "editor"), HttpStatusCode.OK);
        JsonElement reader = await PostAsync("{ person { notes badge } }", Token("lin"), HttpStatusCode.OK);
        JsonElement vault = await PostAsync("{ person { vault } }", Token("lin", "personal-data"), HttpStatusCode.OK);

        Assert.Equal("""{"data":{"person":{"notes":"draft","badge":"B-7"}}}""", editor.GetRawText());
        Assert.Equal("""{"notes":null,"badge":"B-7"}""", reader.GetProperty("data").GetProperty("person").GetRawText());
        Assert.Equal("AUTH_NOT_AUTHORIZED", Code(reader));
        Assert.Equal("AUTH_POLICY_NOT_FOUND", Code(vault));
    }

    [Fact]
    public async Task A_policy_can_decide_on_the_record_the_resolver_context_carries()
    {
        JsonElement own = await PostAsync("{ person { ownEmail } }", Token("Ada"), HttpStatusCode.OK);
        JsonElement other = await PostAsync("{ person { ownEmail } }", Token("grace"), HttpStatusCode.OK);

        Assert.Equal("""{"data":{"person":{"ownEmail":"ada@example.org"}}}""", own.GetRawText());
        Assert.Equal("AUTH_NOT_AUTHORIZED", Code(other));
    }

    [Fact]
    public async Task A_validation_rule_refuses_the_request_with_400_or_runs_it()
    {
        JsonElement refused = await PostAsync("{ report person { name } }", Token("grace"), HttpStatusCode.BadRequest);
        JsonElement allowed = await PostAsync("{ report }", Token("grace", "personal-data"), HttpStatusCode.OK);

        Assert.False(refused.TryGetProperty("data", out _));
        Assert.Equal("AUTH_NOT_AUTHORIZED", Code(refused));
        Assert.Equal("""{"data":{"report":"annual"}}""", allowed.GetRawText());
    }

    private static string Token(string subject, params string[] roles) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Audience,
        Subject = new ClaimsIdentity([new Claim("sub", subject), .. roles.Select(r => new Claim("role", r))]),
        SigningCredentials = new SigningCredentials(s_key, SecurityAlgorithms.HmacSha256),
    });

    private async Task<JsonElement> PostAsync(string query, string? token, HttpStatusCode expected)
    {
        using HttpClient client = _host.CreateClient();
        using HttpRequestMessage request = new(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using HttpResponseMessage response = await client.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        using JsonDocument json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }

    private static string? Code(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}
