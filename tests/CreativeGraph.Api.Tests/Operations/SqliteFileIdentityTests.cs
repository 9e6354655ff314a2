using System.Text.Json.Nodes;

namespace CreativeGraph.Api.Tests.Operations;

/// <summary>
/// A server over a SQLite file whose file is removed and restored while it runs: readiness and errors follow the
/// file, the server never creates an empty database in its place, and it serves the file again once it is back.
/// </summary>
public sealed class SqliteFileIdentityTests : IDisposable
{
    private readonly TempDirectory _directory = new("creativegraph-file-");

    private string DatabasePath => _directory.File("served.db");

    private Dictionary<string, string> Settings => new()
    {
        ["Database__Provider"] = "Sqlite",
        ["ConnectionStrings__KnowledgeGraph"] = $"Data Source={DatabasePath}",
    };

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_removed_file_turns_readiness_false_and_errors_coded_until_it_is_back()
    {
        await using ServerProcess server = ServerProcess.Start(_directory.Path, Settings);
        await server.WaitUntilAsync("/readyz", TimeSpan.FromMinutes(2));
        string aside = DatabasePath + ".aside";

        File.Move(DatabasePath, aside);
        Assert.True(
            await GraphQLProbe.WaitForStatusAsync(server.BaseAddress, "/readyz", 503, TimeSpan.FromSeconds(5)),
            "/readyz did not turn 503 within 5 s of the file's removal.");
        (int status, JsonNode body) = await GraphQLProbe.PostAsync(server.BaseAddress, "{ regions(first: 1) { nodes { slug } } }");
        DatabaseErrorAssertions.AssertUnavailable(status, body);
        Assert.False(File.Exists(DatabasePath), "The server created an empty database in place of the removed one.");

        File.Move(aside, DatabasePath);
        Assert.True(
            await GraphQLProbe.WaitForStatusAsync(server.BaseAddress, "/readyz", 200, TimeSpan.FromSeconds(10)),
            "/readyz did not turn 200 again once the file was back.");
        (status, body) = await GraphQLProbe.PostAsync(server.BaseAddress, "{ regions(first: 1) { nodes { slug } } }");
        Assert.Equal(200, status);
        Assert.Null(body["errors"]);
    }
}
