using System.Data.Common;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CreativeGraph.Api.Tests.Snapshots;
using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CreativeGraph.Api.Tests.Operations;

/// <summary>Counts the database connections EF Core opens and closes, from any context.</summary>
public sealed class ConnectionCounter : DbConnectionInterceptor
{
    private int _opened;
    private int _closed;

    public int Opened => Volatile.Read(ref _opened);

    public int Closed => Volatile.Read(ref _closed);

    public void Reset()
    {
        Volatile.Write(ref _opened, 0);
        Volatile.Write(ref _closed, 0);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Interlocked.Increment(ref _opened);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _opened);
        return Task.CompletedTask;
    }

    public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Interlocked.Increment(ref _closed);

    public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Interlocked.Increment(ref _closed);
        return Task.CompletedTask;
    }
}

public sealed class ConnectionCountingSqliteServer : SqliteSnapshotServer
{
    public ConnectionCounter Connections { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IInterceptor>(Connections);
}

public sealed class ConnectionCountingPostgresServer : PostgresSnapshotServer
{
    public ConnectionCounter Connections { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IInterceptor>(Connections);
}

/// <summary>
/// How a request's statements use connections (see <c>RequestContexts</c> and <see cref="SqliteContextPool"/>): on
/// SQLite, where they run one after another, they share one context that comes open from the pool and goes back
/// open, so a warm server opens no connection at all; on PostgreSQL each statement takes a pooled connection of its
/// own and closes it. Either way no connection is left outside a pool once the request is answered.
/// </summary>
public abstract class RequestConnectionTests<TServer>(TServer server, Func<TServer, ConnectionCounter> connections, bool shared)
    where TServer : SnapshotServer
{
    // Four levels, four statements: the page of projects, their partners (a window per project), cities, regions.
    private const string FourLevels = "{ projects(first: 10) { nodes { acronym partners(first: 5) { nodes { name city { name region { name } } } } } } }";

    [SkippableFact]
    public async Task A_request_of_four_statements_opens_no_connection_on_a_warm_sqlite_server_and_one_per_statement_otherwise()
    {
        OptionalTool.Require(server.Unavailable is null, server.Unavailable ?? "");
        ConnectionCounter counter = connections(server);
        using HttpClient client = new();
        await PostAsync(client, FourLevels); // warms the plans and the pools
        server.Sql.Clear();
        counter.Reset();
        int idle = IdleOpenContexts();

        JsonNode body = await PostAsync(client, FourLevels);

        Assert.Null(body["errors"]);
        Assert.NotEmpty(body["data"]!["projects"]!["nodes"]!.AsArray());
        server.Sql.AssertCount(4);
        Assert.Equal(shared ? 0 : 4, counter.Opened);
        Assert.Equal(counter.Opened, counter.Closed);
        Assert.Equal(idle, IdleOpenContexts());
    }

    [SkippableFact]
    public async Task Concurrent_requests_open_at_most_one_connection_each_and_leave_none_outside_a_pool()
    {
        OptionalTool.Require(server.Unavailable is null, server.Unavailable ?? "");
        ConnectionCounter counter = connections(server);
        using HttpClient client = new();
        string expected = (await PostAsync(client, FourLevels)).ToJsonString();
        server.Sql.Clear();
        counter.Reset();
        int idle = IdleOpenContexts();

        JsonNode[] bodies = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => PostAsync(client, FourLevels)));

        Assert.All(bodies, b => Assert.Equal(expected, b.ToJsonString()));
        server.Sql.AssertCount(24 * 4);
        if (shared)
        {
            // A request borrows one context (a second only while another statement of its own holds the first,
            // which SQLite's sequential statements never do); every one opened is idle in the pool afterwards.
            Assert.InRange(counter.Opened, 0, 24);
            Assert.Equal(0, counter.Closed);
            Assert.Equal(idle + counter.Opened, IdleOpenContexts());
        }
        else
        {
            Assert.Equal(24 * 4, counter.Opened);
            Assert.Equal(counter.Opened, counter.Closed);
        }
    }

    // The open contexts the SQLite pool keeps between requests (none on PostgreSQL, which has no such pool).
    private int IdleOpenContexts() => server.Services.GetService<SqliteContextPool>()?.IdleCount ?? 0;

    private async Task<JsonNode> PostAsync(HttpClient client, string query)
    {
        using HttpResponseMessage response = await client.PostAsync(server.GraphQLEndpoint, JsonContent.Create(new JsonObject { ["query"] = query }));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}

public sealed class SqliteRequestConnectionTests(ConnectionCountingSqliteServer server)
    : RequestConnectionTests<ConnectionCountingSqliteServer>(server, s => s.Connections, shared: true), IClassFixture<ConnectionCountingSqliteServer>;

public sealed class PostgresRequestConnectionTests(ConnectionCountingPostgresServer server)
    : RequestConnectionTests<ConnectionCountingPostgresServer>(server, s => s.Connections, shared: false), IClassFixture<ConnectionCountingPostgresServer>;
