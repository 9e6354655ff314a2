using CreativeGraph.Api.Authentication;
using CreativeGraph.Api.Tests.Operations;

namespace CreativeGraph.Api.Tests;

/// <summary>
/// The real server (the built CreativeGraph.Api) started as its own process on a free loopback port, on a
/// fresh SQLite file seeded at start-up, and stopped when the tests are done. Variants add settings and may
/// fill the database before the server starts (<see cref="LimitsServer"/>).
/// </summary>
public class RunningServer : IAsyncLifetime
{
    /// <summary>The issuer the server checks on its self-issued JWTs (Authentication:Jwt:Issuer).</summary>
    public const string JwtIssuer = "creativegraph-tests";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "creativegraph-tests-" + Guid.NewGuid().ToString("N"));
    private ServerProcess? _server;

    public Uri BaseAddress { get; private set; } = null!;

    public Uri GraphQLEndpoint => new(BaseAddress, "/graphql");

    /// <summary>An API key the server is configured with, granting the personal-data right.</summary>
    public string ResearcherApiKey { get; } = ApiKey.Generate();

    /// <summary>An API key the server is configured with, granting no right.</summary>
    public string ReaderApiKey { get; } = ApiKey.Generate();

    /// <summary>The symmetric key of the server's self-issued JWTs (Authentication:Jwt:SigningKey).</summary>
    public string JwtSigningKey { get; } = ApiKey.Generate();

    /// <summary>The server's connection string (a SQLite file of its own).</summary>
    public string ConnectionString => $"Data Source={Path.Combine(_dataDirectory, "creativegraph.db")}";

    /// <summary>Everything the server wrote to standard output and error so far, one entry a line.</summary>
    public IReadOnlyList<string> Output => _server?.Lines ?? [];

    /// <summary>Settings beyond the defaults, as environment variables (<c>Section__Key</c>).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    /// <summary>Runs before the server starts, e.g. to fill the database; the server seeds an empty one.</summary>
    protected virtual Task PrepareAsync() => Task.CompletedTask;

    /// <summary>The folder of the database, removed with the server.</summary>
    protected string DataDirectory => _dataDirectory;

    /// <summary>Runs one command of the built server (e.g. <c>generate</c>) in the data directory; fails on a non-zero exit.</summary>
    /// <returns>What the command printed.</returns>
    protected async Task<string> RunCommandAsync(params string[] arguments)
    {
        (int exitCode, string output) = await ExternalProcess.RunAsync(
            "dotnet",
            [RepositoryPaths.ServerAssembly, .. arguments],
            _dataDirectory,
            TimeSpan.FromMinutes(15),
            new Dictionary<string, string> { ["Database__Provider"] = "Sqlite", ["ConnectionStrings__KnowledgeGraph"] = ConnectionString });
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"'{string.Join(' ', arguments)}' exited with {exitCode}:\n{output}");
        }

        return output;
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        await PrepareAsync();
        Dictionary<string, string> settings = new()
        {
            ["Database__Provider"] = "Sqlite",
            ["ConnectionStrings__KnowledgeGraph"] = ConnectionString,
            ["Authentication__ApiKeys__tests-researcher__Hash"] = ApiKey.HashHex(ResearcherApiKey),
            ["Authentication__ApiKeys__tests-researcher__Roles__0"] = "personal-data",
            ["Authentication__ApiKeys__tests-reader__Hash"] = ApiKey.HashHex(ReaderApiKey),
            ["Authentication__Jwt__SigningKey"] = JwtSigningKey,
            ["Authentication__Jwt__Issuer"] = JwtIssuer,
        };
        foreach ((string key, string value) in Settings)
        {
            settings[key] = value;
        }

        _server = ServerProcess.Start(_dataDirectory, settings);
        BaseAddress = _server.BaseAddress;
        await _server.WaitUntilAsync("/readyz", TimeSpan.FromSeconds(90));
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // a file still held by the dying process; the temp folder is cleaned by the OS
        }
    }
}

[CollectionDefinition(Name)]
public sealed class RunningServerCollection : ICollectionFixture<RunningServer>
{
    public const string Name = "running server";
}
