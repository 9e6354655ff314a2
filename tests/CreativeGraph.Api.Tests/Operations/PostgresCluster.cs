namespace CreativeGraph.Api.Tests.Operations;

/// <summary>
/// A PostgreSQL server of the test's own (Debian's <c>initdb</c>/<c>pg_ctl</c>, as <c>.ci/postgres.sh</c> uses), in a
/// temporary directory on a free port, that the test may stop and start again to cause an outage without
/// disturbing the server other tests share. As root (CI containers) it runs as the <c>postgres</c> user.
/// </summary>
internal sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _root;
    private readonly int _port;

    private PostgresCluster(string bin, string root, int port)
    {
        _bin = bin;
        _root = root;
        _port = port;
    }

    /// <summary>Why tests needing a cluster are skipped here, or null when they run (always under CI=true).</summary>
    public static string? SkipReason => FindBin() is null && !IsCi
        ? "PostgreSQL's initdb and pg_ctl are missing (apt-get install postgresql, as .ci/postgres.sh does)."
        : null;

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={_port};Username=postgres;Database={database};Timeout=3";

    public static async Task<PostgresCluster> StartAsync()
    {
        string bin = FindBin() ?? throw new InvalidOperationException(SkipReason ?? "CI=true but PostgreSQL's initdb and pg_ctl are missing.");
        string root = Path.Combine(Path.GetTempPath(), "creativegraph-pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        if (IsRoot)
        {
            await RunAsync("chown", "postgres:", root);
        }

        PostgresCluster cluster = new(bin, root, ServerProcess.FreePort());
        await cluster.AsOwnerAsync("initdb", "-D", Path.Combine(root, "data"), "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-locale");
        await cluster.StartServerAsync();
        return cluster;
    }

    public Task StartServerAsync() => AsOwnerAsync(
        "pg_ctl", "-D", Path.Combine(_root, "data"), "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60",
        "-o", $"-c listen_addresses=127.0.0.1 -p {_port} -k {_root} -c fsync=off", "start");

    /// <summary>Stops the server at once (connections are cut, as in a crash or a failover).</summary>
    public Task StopServerAsync() => AsOwnerAsync("pg_ctl", "-D", Path.Combine(_root, "data"), "-m", "immediate", "-w", "stop");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopServerAsync();
        }
        catch (InvalidOperationException)
        {
            // already stopped
        }

        Directory.Delete(_root, recursive: true);
    }

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static bool IsRoot => Environment.UserName == "root";

    private static string? FindBin() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderBy(bin => bin.Length).ThenBy(bin => bin, StringComparer.Ordinal)
                .LastOrDefault()
            : null;

    private Task AsOwnerAsync(string tool, params string[] arguments) =>
        IsRoot
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments])
            : RunAsync(Path.Combine(_bin, tool), arguments);

    private static async Task RunAsync(string fileName, params string[] arguments)
    {
        (int exitCode, string output) = await ExternalProcess.RunAsync(fileName, arguments, Path.GetTempPath(), TimeSpan.FromSeconds(90));
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited with {exitCode}:\n{output}");
        }
    }
}

/// <summary>A fact that needs <see cref="PostgresCluster"/>: skipped with the reason where PostgreSQL is not installed, never under CI=true.</summary>
public sealed class PostgresClusterFactAttribute : FactAttribute
{
    public PostgresClusterFactAttribute()
    {
        if (PostgresCluster.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
