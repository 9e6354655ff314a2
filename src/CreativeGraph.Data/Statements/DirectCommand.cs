using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CreativeGraph.Data.Statements;

/// <summary>
/// A SQL statement of our own run through EF Core's relational command: the context's connection (opened and
/// closed as EF Core does, with its interceptors), its command interceptors (statement interruption on cancellation
/// and time-outs), its logging and diagnostics. Only the LINQ translation and EF Core's shapers are left out. Built
/// once per statement shape and shared: the values come with each execution.
/// </summary>
internal sealed class DirectCommand
{
    private readonly IRelationalCommand _command;
    private readonly string[] _names;

    private DirectCommand(IRelationalCommand command, string[] names)
    {
        _command = command;
        _names = names;
    }

    public string Sql => _command.CommandText;

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

    /// <summary>Runs the statement with <paramref name="values"/> (in the order the parameters were declared).</summary>
    public Task<RelationalDataReader> ExecuteReaderAsync(DbContext context, IReadOnlyList<object?> values, CancellationToken cancellationToken)
    {
        Dictionary<string, object?> parameterValues = new(_names.Length, StringComparer.Ordinal);
        for (int i = 0; i < _names.Length; i++)
        {
            parameterValues[_names[i]] = values[i];
        }

        // The context's own connection and command logger, as its database facade holds them (no service lookup).
        IRelationalDatabaseFacadeDependencies dependencies = (IRelationalDatabaseFacadeDependencies)((IDatabaseFacadeDependenciesAccessor)context.Database).Dependencies;
        return _command.ExecuteReaderAsync(
            new RelationalCommandParameterObject(dependencies.RelationalConnection, parameterValues, readerColumns: null, context, dependencies.CommandLogger, CommandSource.LinqQuery),
            cancellationToken);
    }
}
