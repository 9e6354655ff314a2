using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CreativeGraph.Data.Statements;

/// <summary>
/// A SQL statement of our own run through EF Core's relational command: the context's connection (opened and
/// closed as EF Core does, with its interceptors), its command interceptors (statement interruption on cancellation
/// and time-outs), its execution strategy (retries of transient failures), its logging and diagnostics. Only the LINQ
/// translation and EF Core's shapers are left out. Built once per statement shape and shared as a template: each
/// execution fills the connection's own command from it, and the values come with each execution.
/// </summary>
internal sealed class DirectCommand
{
    private readonly IRelationalCommand _command; // a template: never executed itself
    private readonly string[] _names;

    private DirectCommand(IRelationalCommand command, string[] names)
    {
        _command = command;
        _names = names;
    }

    /// <param name="parameters">Each parameter's name (without the provider's prefix) and the type mapping its values are sent with.</param>
    public static DirectCommand Build(DbContext context, string sql, IReadOnlyList<(string Name, RelationalTypeMapping Mapping)> parameters)
    {
        ISqlGenerationHelper helper = context.GetService<ISqlGenerationHelper>();
        IRelationalCommandBuilder builder = context.GetService<IRelationalCommandBuilderFactory>().Create().Append(sql);
        foreach ((string name, RelationalTypeMapping mapping) in parameters)
        {
            builder.AddParameter(name, helper.GenerateParameterName(name), mapping, nullable: false);
        }

        return new DirectCommand(builder.Build(), [.. parameters.Select(p => p.Name)]);
    }

    /// <summary>
    /// Runs the statement with <paramref name="values"/> (in the order the parameters were declared) and reads its
    /// rows with <paramref name="read"/>, under the context's execution strategy as EF Core runs its own queries: a
    /// transient failure (a busy or replaced SQLite file, a dropped PostgreSQL connection) runs it again, and what
    /// is still failing after the retries comes out as the strategy reports it.
    /// </summary>
    public Task<TResult> ReadAsync<TResult>(DbContext context, IReadOnlyList<object?> values, Func<DbDataReader, CancellationToken, Task<TResult>> read, CancellationToken cancellationToken) =>
        context.Database.CreateExecutionStrategy().ExecuteAsync(
            (Command: this, Context: context, Values: values, Read: read),
            static async (_, state, cancellationToken) =>
            {
                // The shared command is a template: each execution fills the connection's own command from it, as EF
                // Core's queries do (a command holds the state of one execution and must not run twice at once).
                IRelationalDatabaseFacadeDependencies dependencies = Dependencies(state.Context);
                IRelationalConnection connection = dependencies.RelationalConnection;
                IRelationalCommand command = connection.RentCommand();
                command.PopulateFrom(state.Command._command);
                try
                {
                    await using RelationalDataReader result = await command.ExecuteReaderAsync(
                        new RelationalCommandParameterObject(connection, state.Command.Values(state.Values), readerColumns: null, state.Context, dependencies.CommandLogger, CommandSource.LinqQuery),
                        cancellationToken).ConfigureAwait(false);
                    return await state.Read(result.DbDataReader, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    connection.ReturnCommand(command);
                }
            },
            verifySucceeded: null,
            cancellationToken);

    /// <summary>The statement's rows, each read by <paramref name="row"/>, in the order they come.</summary>
    public Task<List<T>> ReadRowsAsync<T>(DbContext context, IReadOnlyList<object?> values, Func<DbDataReader, T> row, CancellationToken cancellationToken) =>
        ReadAsync(context, values, async (reader, cancellationToken) =>
        {
            List<T> rows = [];
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(row(reader));
            }

            return rows;
        }, cancellationToken);

    private Dictionary<string, object?> Values(IReadOnlyList<object?> values)
    {
        Dictionary<string, object?> parameterValues = new(_names.Length, StringComparer.Ordinal);
        for (int i = 0; i < _names.Length; i++)
        {
            parameterValues[_names[i]] = values[i];
        }

        return parameterValues;
    }

    // The context's own connection and command logger, as its database facade holds them (no service lookup).
    private static IRelationalDatabaseFacadeDependencies Dependencies(DbContext context) =>
        (IRelationalDatabaseFacadeDependencies)((IDatabaseFacadeDependenciesAccessor)context.Database).Dependencies;
}
