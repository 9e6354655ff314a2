using CreativeGraph.Api.Authentication;
using CreativeGraph.Api.Commands;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CreativeGraph.Api.Tests.Snapshots;

/// <summary>
/// The real server (the same host, endpoints and start-up as <c>serve</c>) in the test process on a free loopback
/// port, on a freshly seeded database of one provider, with a <see cref="SqlRecorder"/> on every context. The
/// traversal index is built at start and never re-checked, so a request's statements are its own.
/// </summary>
public abstract class SnapshotServer : IAsyncLifetime
{
    private WebApplication? _app;

    internal SqlRecorder Sql { get; } = new();

    public Uri GraphQLEndpoint { get; private set; } = null!;

    /// <summary>The running server's services.</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The server is not running.");

    /// <summary>An API key granting the personal-data right.</summary>
    public string ResearcherApiKey { get; } = ApiKey.Generate();

    /// <summary>An API key granting no right.</summary>
    public string ReaderApiKey { get; } = ApiKey.Generate();

    /// <summary>The provider's name in a snapshot, e.g. SQLite.</summary>
    public abstract string ProviderName { get; }

    /// <summary>Why this provider cannot run here, or null when it can.</summary>
    public virtual string? Unavailable => null;

    /// <summary>Creates the empty database; returns the <c>--Section:Key=value</c> settings that select it.</summary>
    protected abstract Task<string[]> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    /// <summary>More services for a server of a test's own (tracing, say).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Runs on the empty database before start-up migrates it and seeds it when still empty (a variant writes its own graph).</summary>
    protected virtual Task FillAsync(IServiceProvider services) => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        if (Unavailable is not null)
        {
            return; // the tests skip (or, under CI=true, fail) with the reason
        }

        string[] database = await CreateDatabaseAsync();
        _app = KnowledgeGraphHost.Build(
            [
                .. database,
                "--urls=http://127.0.0.1:0",
                "--environment=Production",
                "--Logging:LogLevel:Default=Warning",
                "--Research:IndexCheckInterval=1.00:00:00",
                "--Authentication:ApiKeys:tests-researcher:Hash=" + ApiKey.HashHex(ResearcherApiKey),
                "--Authentication:ApiKeys:tests-researcher:Roles:0=personal-data",
                "--Authentication:ApiKeys:tests-reader:Hash=" + ApiKey.HashHex(ReaderApiKey),
            ],
            logToStandardError: true,
            services =>
            {
                services.AddSingleton<IInterceptor>(Sql);
                ConfigureServices(services);
            });
        await FillAsync(_app.Services);
        Assert.Null(await KnowledgeGraphHost.PrepareAsync(_app, CancellationToken.None));

        // The traversal index is built in the background after start-up; waiting for it keeps its statements out of
        // the first operation's recorded SQL.
        await _app.Services.GetRequiredService<CreativeGraph.Api.Research.Index.AdjacencyIndexProvider>().GetAsync(CancellationToken.None);
        Sql.Clear();
        await _app.StartAsync();
        GraphQLEndpoint = new Uri(new Uri(_app.Urls.First()), "/graphql");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            await DropDatabaseAsync();
        }
    }
}
