using System.Data.Common;
using CreativeGraph.Data.Expressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CreativeGraph.Data.Tests.Fixtures;

/// <summary>Defines <see cref="CaseFolding.SqliteFunction"/> on every SQLite connection a test context opens.</summary>
public sealed class SqliteCaseFolding : DbConnectionInterceptor
{
    public static SqliteCaseFolding Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Define(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Define(connection);
        return Task.CompletedTask;
    }

    private static void Define(DbConnection connection) =>
        ((SqliteConnection)connection).CreateFunction(CaseFolding.SqliteFunction, (string? value) => CaseFolding.Lower(value), isDeterministic: true);
}
