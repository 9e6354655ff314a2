using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CreativeGraph.Api.Authentication;

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
    private readonly Queue<string> _recentOutput = new();
    private readonly List<string> _output = [];
    private Process? _process;

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
    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_recentOutput)
            {
                return [.. _output];
            }
        }
    }

    /// <summary>Settings beyond the defaults, as environment variables (<c>Section__Key</c>).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    /// <summary>Runs before the server starts, e.g. to fill the database; the server seeds an empty one.</summary>
    protected virtual Task PrepareAsync() => Task.CompletedTask;

    /// <summary>Runs one command of the built server (e.g. <c>generate</c>) in the data directory; fails on a non-zero exit.</summary>
    protected async Task RunCommandAsync(params string[] arguments)
    {
        ProcessStartInfo start = new("dotnet")
        {
            WorkingDirectory = _dataDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(RepositoryPaths.ServerAssembly);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__KnowledgeGraph"] = ConnectionString;
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("The command did not start.");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{string.Join(' ', arguments)}' exited with {process.ExitCode}:\n{await output}\n{await error}");
        }
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        await PrepareAsync();
        int port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");

        ProcessStartInfo start = new("dotnet")
        {
            WorkingDirectory = _dataDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(RepositoryPaths.ServerAssembly);
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__KnowledgeGraph"] = ConnectionString;
        start.Environment["Authentication__ApiKeys__tests-researcher__Hash"] = ApiKey.HashHex(ResearcherApiKey);
        start.Environment["Authentication__ApiKeys__tests-researcher__Roles__0"] = "personal-data";
        start.Environment["Authentication__ApiKeys__tests-reader__Hash"] = ApiKey.HashHex(ReaderApiKey);
        start.Environment["Authentication__Jwt__SigningKey"] = JwtSigningKey;
        start.Environment["Authentication__Jwt__Issuer"] = JwtIssuer;
        foreach ((string key, string value) in Settings)
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("The server did not start.");
        _process.OutputDataReceived += (_, e) => Remember(e.Data);
        _process.ErrorDataReceived += (_, e) => Remember(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using HttpClient client = new();
        Stopwatch waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode} before it was ready. Its last output:\n{RecentOutput}");
            }

            try
            {
                using HttpResponseMessage response = await client.GetAsync(new Uri(BaseAddress, "/healthz"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The server did not become healthy within 90 seconds. Its last output:\n{RecentOutput}");
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // a file still held by the dying process; the temp folder is cleaned by the OS
        }

        return Task.CompletedTask;
    }

    private string RecentOutput
    {
        get
        {
            lock (_recentOutput)
            {
                return string.Join('\n', _recentOutput);
            }
        }
    }

    // The server's last 50 lines of output, so a failed start in CI says why.
    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_recentOutput)
        {
            _output.Add(line);
            _recentOutput.Enqueue(line);
            if (_recentOutput.Count > 50)
            {
                _recentOutput.Dequeue();
            }
        }
    }

    private static int FreePort()
    {
        using TcpListener listener = new(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class RunningServerCollection : ICollectionFixture<RunningServer>
{
    public const string Name = "running server";
}
