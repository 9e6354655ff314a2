namespace CreativeGraph.Api.Tests.Operations;

/// <summary>
/// Four instances of the built server started at the same moment on one empty database (a scaled-out start, a
/// rolling deployment) all come up and serve the same graph: migrations and seed run once, under the start-up
/// lock, and nobody crashes on a table or a row a peer created first.
/// </summary>
public sealed class ConcurrentStartTests
{
    private const int Instances = 4;

    [Fact]
    public async Task Four_instances_started_together_on_an_empty_SQLite_file_serve_the_same_graph()
    {
        using TempDirectory directory = new("creativegraph-start-");
        await AssertAllServeTheSameGraphAsync(directory.Path, new Dictionary<string, string>
        {
            ["Database__Provider"] = "Sqlite",
            ["ConnectionStrings__KnowledgeGraph"] = $"Data Source={directory.File("shared.db")}",
        });
    }

    [PostgresClusterFact]
    public async Task Four_instances_started_together_on_a_missing_PostgreSQL_database_serve_the_same_graph()
    {
        await using PostgresCluster cluster = await PostgresCluster.StartAsync();
        await AssertAllServeTheSameGraphAsync(Path.GetTempPath(), new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__KnowledgeGraph"] = cluster.ConnectionString("creativegraph_start"),
        });
    }

    private static async Task AssertAllServeTheSameGraphAsync(string directory, IReadOnlyDictionary<string, string> settings)
    {
        List<ServerProcess> servers = [.. Enumerable.Range(0, Instances).Select(_ => ServerProcess.Start(directory, settings))];
        try
        {
            await Task.WhenAll(servers.Select(s => s.WaitUntilAsync("/readyz", TimeSpan.FromMinutes(3))));
            List<string> answers = [];
            foreach (ServerProcess server in servers)
            {
                (int status, System.Text.Json.Nodes.JsonNode body) = await GraphQLProbe.PostAsync(server.BaseAddress, GraphQLProbe.GraphSummary);
                Assert.Equal(200, status);
                Assert.Null(body["errors"]);
                answers.Add(body.ToJsonString());
            }

            Assert.All(answers, answer => Assert.Equal(answers[0], answer));

            // The seed went in once: five source documents, not five per instance.
            (_, System.Text.Json.Nodes.JsonNode first) = await GraphQLProbe.PostAsync(servers[0].BaseAddress, GraphQLProbe.GraphSummary);
            Assert.Equal(5, first["data"]!["sources"]!["totalCount"]!.GetValue<int>());
            Assert.True(first["data"]!["regions"]!["totalCount"]!.GetValue<int>() > 10);
        }
        finally
        {
            foreach (ServerProcess server in servers)
            {
                await server.DisposeAsync();
            }
        }
    }
}
