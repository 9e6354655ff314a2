using System.Net;
using System.Text.Json;
using static CreativeGraph.GraphQL.AspNetCore.Tests.AuditContext;

namespace CreativeGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// The GraphQL-over-HTTP conformance table (each with a stable ID): every row is a requirement with graphql-http's audit ID
/// where one corresponds, so this output compares line by line with <c>shared/conformance/http-audit.mjs</c>.
/// </summary>
public sealed partial class GraphQLOverHttpAuditTests : IAsyncLifetime
{
    private const string Typename = """{"query":"{ __typename }"}""";

    private readonly RecordingRequestExecutor _executor = new();
    private GraphQLTestHost? _host;

    public static TheoryData<string, string, string> Rows()
    {
        TheoryData<string, string, string> rows = [];
        foreach (HttpAudit audit in s_audits)
        {
            rows.Add(audit.Id, audit.Level, audit.Requirement);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Server_meets(string id, string level, string requirement)
    {
        HttpAudit audit = s_audits.Single(a => a.Id == id);
        Assert.Equal(level, audit.Level);
        Assert.Equal(requirement, audit.Requirement);
        using HttpClient client = _host!.CreateClient();
        await audit.Check(new AuditContext(client, _executor));
    }

    [Fact]
    public void Audit_ids_are_unique() =>
        Assert.Equal(s_audits.Length, s_audits.Select(a => a.Id).Distinct().Count());

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync(_executor);

    public async Task DisposeAsync() => await _host!.DisposeAsync();

    private static string Body(string property, object? value, string query = "{ __typename }") =>
        JsonSerializer.Serialize(new Dictionary<string, object?> { ["query"] = query, [property] = value });

    private static IEnumerable<HttpAudit> ForEach(object[] values, string idPrefix, string level, string sentence, Func<AuditContext, object, Task> check) =>
        values.Select((value, index) => new HttpAudit(
            idPrefix + index,
            level,
            sentence.Replace("{type}", Describe(value), StringComparison.Ordinal),
            context => check(context, value)));

    private static string Describe(object value) => value switch
    {
        string => "string",
        int => "number",
        bool => "boolean",
        Array => "array",
        _ => "object",
    };

    private static async Task Expect(HttpResponseMessage response, HttpStatusCode status, string contentType)
    {
        Status(response, status);
        ContentType(response, contentType);
        await Task.CompletedTask;
    }
}
