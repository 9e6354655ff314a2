using System.Collections;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Xunit.Sdk;

namespace CreativeGraph.Tests;

/// <summary>
/// Records every statement EF Core sends (readers, scalars, non-queries) from any context, in the order they start,
/// with the values of their parameters. The values are read from the command itself, so the contexts need no
/// sensitive data logging. Each statement remembers the context rental that ran it (a pooled context counts once
/// per lease), which <see cref="SqlOrder.ByRental"/> needs.
/// </summary>
internal sealed class SqlRecorder : DbCommandInterceptor
{
    private readonly Lock _lock = new();
    private readonly List<RecordedStatement> _statements = [];
    private readonly Dictionary<DbContextId, int> _rentals = [];

    /// <summary>The SQL texts alone (no parameters), in execution order: for tests about the text itself.</summary>
    public IReadOnlyList<string> Commands => [.. Recorded.Select(s => s.Sql)];

    /// <summary>What was recorded since the last <see cref="Clear"/>, in execution order.</summary>
    public IReadOnlyList<RecordedStatement> Recorded
    {
        get
        {
            lock (_lock)
            {
                return [.. _statements];
            }
        }
    }

    /// <summary>Forgets what was recorded so far.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _statements.Clear();
            _rentals.Clear();
        }
    }

    /// <summary>Fails, showing the SQL of every statement that ran, unless exactly <paramref name="expected"/> ran.</summary>
    public void AssertCount(int expected)
    {
        IReadOnlyList<string> commands = Commands;
        if (commands.Count != expected)
        {
            // Statements of thousands of parameters are cut: their shape is what tells which one is extra or missing.
            throw new XunitException(
                $"Expected {expected} statement{(expected == 1 ? "" : "s")}, but {commands.Count} ran:\n" +
                string.Join("\n---------------\n", commands.Select(c => c.Length <= 1500 ? c : c[..1500] + " …")));
        }
    }

    /// <summary>Each statement as <c>-- @name = value</c> lines then its SQL, in <paramref name="order"/>.</summary>
    public IReadOnlyList<string> Statements(SqlOrder order)
    {
        IReadOnlyList<RecordedStatement> recorded = Recorded;
        if (order == SqlOrder.ByRental)
        {
            // Within a rental the statements run one after another; rentals of one level may run concurrently, so
            // they are put in the ordinal order of their texts, which no timing changes.
            recorded = [.. recorded.GroupBy(s => s.Rental)
                .Select(g => (Text: string.Join("\n", g.Select(s => s.Text)), Statements: g))
                .OrderBy(g => g.Text, StringComparer.Ordinal)
                .SelectMany(g => g.Statements)];
        }

        return [.. recorded.Select(s => s.Text)];
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Record(command, eventData, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, eventData, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Record(command, eventData, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, eventData, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Record(command, eventData, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, eventData, result));

    private T Record<T>(DbCommand command, CommandEventData eventData, T result)
    {
        StringBuilder parameters = new();
        foreach (DbParameter parameter in command.Parameters)
        {
            parameters.Append("-- ").Append(parameter.ParameterName).Append(" = ").Append(Format(parameter.Value)).Append('\n');
        }

        string sql = command.CommandText.ReplaceLineEndings("\n").Trim();
        lock (_lock)
        {
            DbContextId rental = eventData.Context?.ContextId ?? default;
            if (!_rentals.TryGetValue(rental, out int index))
            {
                _rentals.Add(rental, index = _rentals.Count);
            }

            _statements.Add(new RecordedStatement(index, sql, parameters + sql));
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

/// <summary>One recorded statement: the rental that ran it (numbered as first seen), its SQL, and its parameters then its SQL.</summary>
internal sealed record RecordedStatement(int Rental, string Sql, string Text);

/// <summary>The order statements are listed in.</summary>
internal enum SqlOrder
{
    /// <summary>As they started: the default wherever one statement waits for the one before it.</summary>
    Execution,

    /// <summary>
    /// Grouped by the context rental that ran them (one per root resolver or loader batch), each group in execution
    /// order, the groups in the ordinal order of their text: for requests whose sibling fields or loaders run
    /// concurrently, where the interleaving depends on the database's timing.
    /// </summary>
    ByRental,
}
