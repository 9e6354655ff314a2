using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CreativeGraph.Data.Tests.Fixtures;

/// <summary>Records the text of every SQL command EF Core sends (readers and scalars), from any context.</summary>
public sealed class CommandLog : DbCommandInterceptor
{
    private readonly Lock _lock = new();
    private readonly List<string> _commands = [];

    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (_lock)
            {
                return [.. _commands];
            }
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _commands.Clear();
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Add(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Add(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return ValueTask.FromResult(result);
    }

    private void Add(DbCommand command)
    {
        lock (_lock)
        {
            _commands.Add(command.CommandText.ReplaceLineEndings("\n"));
        }
    }
}
