using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace CreativeGraph.Api.Tests.Operations;

/// <summary>
/// A server over a SQLite file whose file is removed and restored, or replaced, while it runs: readiness and errors
/// follow the file, the server never creates an empty database in its place, serves the file again once it is back,
/// and serves a replacement whole, without mixing in the old file's write-ahead log.
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

    /// <summary>
    /// The two ways to deploy new data without a stop: move the new file over the served path, or switch a
    /// symbolic link at the path to the new file. Both are atomic renames; under load, every answer comes whole
    /// from one file or is a coded "try again", and the new file is served and left intact.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_file_moved_into_place_under_load_is_served_alone_and_left_intact(bool throughSymbolicLink)
    {
        if (throughSymbolicLink)
        {
            // The served path is a link to a file the server migrates and seeds (an empty file is an empty database).
            File.WriteAllBytes(_directory.File("first.db"), []);
            File.CreateSymbolicLink(DatabasePath, "first.db");
        }

        await using ServerProcess server = ServerProcess.Start(_directory.Path, Settings);
        await server.WaitUntilAsync("/readyz", TimeSpan.FromMinutes(2));
        (_, JsonNode first) = await GraphQLProbe.PostAsync(server.BaseAddress, "{ regions(first: 1) { nodes { slug } } }");
        string slug = first["data"]!["regions"]!["nodes"]![0]!["slug"]!.GetValue<string>();

        // Another process writes to the served file, as an import would: its write-ahead log now holds pages.
        Execute(DatabasePath, "UPDATE \"Regions\" SET \"Name\" = 'Old name' WHERE \"Slug\" = $slug", slug);

        // The replacement: a consistent copy in WAL mode with one change, closed cleanly (no log beside it).
        string replacement = _directory.File("replacement.db");
        Execute(DatabasePath, "VACUUM INTO $path", replacement);
        Execute(replacement, "PRAGMA journal_mode = WAL");
        Execute(replacement, "UPDATE \"Regions\" SET \"Name\" = 'New name' WHERE \"Slug\" = $slug", slug);
        Assert.False(File.Exists(replacement + "-wal"), "The replacement still has a write-ahead log beside it.");

        string query = $$"""{ region(slug: "{{slug}}") { name } }""";
        ConcurrentBag<string> answers = [];
        using CancellationTokenSource stop = new();
        Task[] load = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                (int status, JsonNode body) = await GraphQLProbe.PostAsync(server.BaseAddress, query);
                answers.Add(body["data"]?["region"]?["name"]?.GetValue<string>()
                    ?? $"{status} {string.Join(',', GraphQLProbe.ErrorCodes(body))}");
            }
        })).ToArray();

        await Task.Delay(300);
        if (throughSymbolicLink)
        {
            string link = _directory.File("next-link");
            File.CreateSymbolicLink(link, "replacement.db");
            File.Move(link, DatabasePath, overwrite: true);
        }
        else
        {
            File.Move(replacement, DatabasePath, overwrite: true);
        }

        DateTime deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline && !answers.Contains("New name"))
        {
            await Task.Delay(50);
        }

        await Task.Delay(1000);
        await stop.CancelAsync();
        await Task.WhenAll(load);

        (_, JsonNode last) = await GraphQLProbe.PostAsync(server.BaseAddress, query);
        Assert.Equal("New name", last["data"]!["region"]!["name"]!.GetValue<string>());
        Assert.All(answers, answer => Assert.Contains(answer, new[] { "Old name", "New name", "200 DATABASE_UNAVAILABLE" }));

        await server.TerminateAsync();
        Assert.Equal(0, await server.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("ok", Execute(DatabasePath, "PRAGMA integrity_check"));
        Assert.Equal("New name", Execute(DatabasePath, "SELECT \"Name\" FROM \"Regions\" WHERE \"Slug\" = $slug", slug));
    }

    /// <summary>Runs one statement on its own unpooled connection (so nothing of this process stays open) and returns the first value.</summary>
    private static string? Execute(string path, string sql, string? parameter = null)
    {
        using SqliteConnection connection = new($"Data Source={path};Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        if (parameter is not null)
        {
            command.Parameters.AddWithValue(sql.Contains("$path", StringComparison.Ordinal) ? "$path" : "$slug", parameter);
        }

        return command.ExecuteScalar()?.ToString();
    }
}
