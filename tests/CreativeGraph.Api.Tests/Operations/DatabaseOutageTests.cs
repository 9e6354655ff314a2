using System.Text.Json.Nodes;

namespace CreativeGraph.Api.Tests.Operations;

/// <summary>
/// A server over PostgreSQL through outages: it waits for a database that is not up yet instead of exiting,
/// readiness turns false within 5 s of an outage and true again after it, and requests during the outage answer
/// the coded <c>DATABASE_UNAVAILABLE</c> with a retry hint (never HotChocolate's generic HC0001).
/// </summary>
public sealed class DatabaseOutageTests
{
    private const string Query = "{ regions(first: 3) { nodes { slug } } }";

    [PostgresClusterFact]
    public async Task A_server_started_while_PostgreSQL_is_down_waits_for_it_then_serves()
    {
        await using PostgresCluster cluster = await PostgresCluster.StartAsync();
        await cluster.StopServerAsync();
        await using ServerProcess server = ServerProcess.Start(Path.GetTempPath(), Settings(cluster));

        // It logs its attempts and stays alive well past the 2 s after which it used to exit.
        for (int waited = 0; waited < 60 && !server.Output.Contains("attempt 3", StringComparison.Ordinal); waited++)
        {
            Assert.False(server.HasExited, $"The server exited while waiting for the database:\n{server.Output}");
            await Task.Delay(500);
        }

        Assert.Contains("The database is not reachable yet (attempt 3", server.Output, StringComparison.Ordinal);
        Assert.False(server.HasExited, $"The server exited while waiting for the database:\n{server.Output}");

        await cluster.StartServerAsync();
        await server.WaitUntilAsync("/readyz", TimeSpan.FromMinutes(2));
        (int status, JsonNode body) = await GraphQLProbe.PostAsync(server.BaseAddress, Query);
        Assert.Equal(200, status);
        Assert.Null(body["errors"]);
    }

    [PostgresClusterFact]
    public async Task Readiness_and_errors_follow_a_PostgreSQL_outage_and_recover_after_it()
    {
        await using PostgresCluster cluster = await PostgresCluster.StartAsync();
        await using ServerProcess server = ServerProcess.Start(Path.GetTempPath(), Settings(cluster));
        await server.WaitUntilAsync("/readyz", TimeSpan.FromMinutes(2));
        Assert.Equal(200, await GraphQLProbe.StatusAsync(server.BaseAddress, "/healthz"));

        await cluster.StopServerAsync();
        Assert.True(
            await GraphQLProbe.WaitForStatusAsync(server.BaseAddress, "/readyz", 503, TimeSpan.FromSeconds(5)),
            "/readyz did not turn 503 within 5 s of the outage.");
        Assert.Equal(200, await GraphQLProbe.StatusAsync(server.BaseAddress, "/healthz"));

        (int status, JsonNode body) = await GraphQLProbe.PostAsync(server.BaseAddress, Query);
        DatabaseErrorAssertions.AssertUnavailable(status, body);

        await cluster.StartServerAsync();
        Assert.True(
            await GraphQLProbe.WaitForStatusAsync(server.BaseAddress, "/readyz", 200, TimeSpan.FromSeconds(30)),
            "/readyz did not turn 200 again after PostgreSQL came back.");
        (status, body) = await GraphQLProbe.PostAsync(server.BaseAddress, Query);
        Assert.Equal(200, status);
        Assert.Null(body["errors"]);
    }

    private static Dictionary<string, string> Settings(PostgresCluster cluster) => new()
    {
        ["Database__Provider"] = "Postgres",
        ["ConnectionStrings__KnowledgeGraph"] = cluster.ConnectionString("creativegraph_outage"),
        ["Database__StartupTimeout"] = "00:02:00",
    };
}

internal static class DatabaseErrorAssertions
{
    /// <summary>
    /// The field failed with DATABASE_UNAVAILABLE and a retry hint; execution had started, so the status is
    /// HotChocolate's 200 with <c>data</c> present.
    /// </summary>
    public static void AssertUnavailable(int status, JsonNode body)
    {
        Assert.Equal(200, status);
        Assert.True(body.AsObject().ContainsKey("data"), body.ToJsonString());
        IReadOnlyList<string?> codes = GraphQLProbe.ErrorCodes(body);
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Equal("DATABASE_UNAVAILABLE", code));
        Assert.True(body["errors"]![0]!["extensions"]!["retryAfter"]!.GetValue<int>() > 0, body.ToJsonString());
    }
}
