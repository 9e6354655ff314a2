using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CreativeGraph.Api.Tests;

/// <summary>
/// <c>Person.email</c> (<c>@authorize(policy: "personal-data")</c>) against the real server: without an identity it is
/// null with AUTH_NOT_AUTHENTICATED, with an identity lacking the right null with AUTH_NOT_AUTHORIZED, and with the
/// right the address; every other field of the response is the same in all cases, and the status is always 200.
/// </summary>
[Collection(RunningServerCollection.Name)]
public sealed class PersonalDataTests(RunningServer server)
{
    private const string Query = """
        query Contact {
          person(slug: "susanne-kucharski-huniat") { name role email }
          region(slug: "flanders") { name }
        }
        """;

    private const string Rest = """{"name":"Susanne Kucharski-Huniat","role":"Contact for the lead partner"}""";

    [Fact]
    public async Task Without_a_key_the_email_is_null_with_AUTH_NOT_AUTHENTICATED()
    {
        JsonElement body = await PostAsync(headers: []);

        AssertDenied(body, "AUTH_NOT_AUTHENTICATED");
    }

    [Fact]
    public async Task An_unknown_or_malformed_key_is_no_identity_and_never_a_server_error()
    {
        AssertDenied(await PostAsync(("X-Api-Key", "cgk_not-a-key-the-server-knows")), "AUTH_NOT_AUTHENTICATED");
        AssertDenied(await PostAsync(("Authorization", "ApiKey " + new string('x', 5_000))), "AUTH_NOT_AUTHENTICATED");
        AssertDenied(await PostAsync(("Authorization", "Bearer not.a.jwt")), "AUTH_NOT_AUTHENTICATED");
    }

    [Fact]
    public async Task A_key_without_the_personal_data_right_gets_AUTH_NOT_AUTHORIZED()
    {
        JsonElement body = await PostAsync(("X-Api-Key", server.ReaderApiKey));

        AssertDenied(body, "AUTH_NOT_AUTHORIZED");
    }

    [Fact]
    public async Task A_key_with_the_personal_data_right_gets_the_email_in_either_header()
    {
        JsonElement fromHeader = await PostAsync(("X-Api-Key", server.ResearcherApiKey));
        JsonElement fromAuthorization = await PostAsync(("Authorization", "ApiKey " + server.ResearcherApiKey));

        AssertAllowed(fromHeader);
        AssertAllowed(fromAuthorization);
    }

    [Fact]
    public async Task The_right_decides_the_email_of_every_node_of_a_connection_too()
    {
        const string People = """{ partner(slug: "city-of-leipzig") { people { nodes { name email } } } }""";

        JsonElement denied = await PostAsync(People, ("X-Api-Key", server.ReaderApiKey));
        JsonElement allowed = await PostAsync(People, ("X-Api-Key", server.ResearcherApiKey));

        Assert.Equal(
            """[{"name":"Susanne Kucharski-Huniat","email":null}]""",
            denied.GetProperty("data").GetProperty("partner").GetProperty("people").GetProperty("nodes").GetRawText());
        Assert.Equal("""["partner","people","nodes",0,"email"]""", Assert.Single(denied.GetProperty("errors").EnumerateArray()).GetProperty("path").GetRawText());
        Assert.Equal(
            """[{"name":"Susanne Kucharski-Huniat","email":"creativecities@leipzig.de"}]""",
            allowed.GetProperty("data").GetProperty("partner").GetProperty("people").GetProperty("nodes").GetRawText());
    }

    [Fact]
    public async Task A_bearer_token_grants_the_right_by_role_or_scope_and_not_without_it()
    {
        AssertAllowed(await PostAsync(("Authorization", "Bearer " + Token(new Claim("role", "personal-data")))));
        AssertAllowed(await PostAsync(("Authorization", "Bearer " + Token(new Claim("scope", "read personal-data")))));
        AssertDenied(await PostAsync(("Authorization", "Bearer " + Token(new Claim("role", "reader")))), "AUTH_NOT_AUTHORIZED");
    }

    private static void AssertDenied(JsonElement body, string code)
    {
        JsonElement person = body.GetProperty("data").GetProperty("person");
        Assert.Equal(JsonValueKind.Null, person.GetProperty("email").ValueKind);
        Assert.Equal(Rest, WithoutEmail(person));
        Assert.Equal("Flanders", body.GetProperty("data").GetProperty("region").GetProperty("name").GetString());
        JsonElement error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("""["person","email"]""", error.GetProperty("path").GetRawText());
        Assert.Equal("""[{"line":2,"column":56}]""", error.GetProperty("locations").GetRawText());
    }

    private static void AssertAllowed(JsonElement body)
    {
        Assert.False(body.TryGetProperty("errors", out _), body.GetRawText());
        JsonElement person = body.GetProperty("data").GetProperty("person");
        Assert.Equal("creativecities@leipzig.de", person.GetProperty("email").GetString());
        Assert.Equal(Rest, WithoutEmail(person));
        Assert.Equal("Flanders", body.GetProperty("data").GetProperty("region").GetProperty("name").GetString());
    }

    private static string WithoutEmail(JsonElement person) => JsonSerializer.Serialize(
        person.EnumerateObject().Where(p => p.Name != "email").ToDictionary(p => p.Name, p => p.Value.GetString()));

    private string Token(params Claim[] claims) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = RunningServer.JwtIssuer,
        Subject = new ClaimsIdentity([new Claim("sub", "research-team"), .. claims]),
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(server.JwtSigningKey)), SecurityAlgorithms.HmacSha256),
    });

    private Task<JsonElement> PostAsync(params (string Name, string Value)[] headers) => PostAsync(Query, headers);

    private async Task<JsonElement> PostAsync(string query, params (string Name, string Value)[] headers)
    {
        using HttpClient client = new() { Timeout = TimeSpan.FromSeconds(30) };
        using HttpRequestMessage request = new(HttpMethod.Post, server.GraphQLEndpoint) { Content = JsonContent.Create(new { query }) };
        foreach ((string name, string value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using HttpResponseMessage response = await client.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
        using JsonDocument json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }
}
