using System.Collections;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CreativeGraph.Api.Tests.Snapshots;

/// <summary>
/// Records every statement the server's contexts send to the database, with its parameters and their values, as
/// text for a snapshot: <c>-- @name = value</c> lines, then the SQL.
/// </summary>
internal sealed class SqlRecorder : DbCommandInterceptor
{
    private readonly List<string> _statements = [];

    /// <summary>Forgets what was recorded so far.</summary>
    public void Clear()
    {
        lock (_statements)
        {
            _statements.Clear();
        }
    }

    /// <summary>What was recorded since the last <see cref="Clear"/>.</summary>
    public IReadOnlyList<string> Statements
    {
        get
        {
            lock (_statements)
            {
                return [.. _statements];
            }
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Record(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Record(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Record(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, result));

    private T Record<T>(DbCommand command, T result)
    {
        StringBuilder text = new();
        foreach (DbParameter parameter in command.Parameters)
        {
            text.Append("-- ").Append(parameter.ParameterName).Append(" = ").Append(Format(parameter.Value)).Append('\n');
        }

        text.Append(command.CommandText.ReplaceLineEndings("\n").Trim());
        lock (_statements)
        {
            _statements.Add(text.ToString());
        }

        return result;
    }

    private static string Format(object? value) => value switch
    {
        null or DBNull => "NULL",
        string text => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'",
        byte[] bytes => "0x" + Convert.ToHexString(bytes),
        DateTime moment => moment.ToString("o", CultureInfo.InvariantCulture),
        DateTimeOffset moment => moment.ToString("o", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => "{" + string.Join(", ", items.Cast<object?>().Select(Format)) + "}",
        _ => value.ToString() ?? "",
    };
}
