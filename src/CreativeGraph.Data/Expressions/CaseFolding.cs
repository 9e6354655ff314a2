using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CreativeGraph.Data.Expressions;

/// <summary>
/// How case-insensitive text filters (<c>contains</c>, <c>startsWith</c>, <c>endsWith</c> and their negations) fold
/// case: both sides are lowered with the invariant culture's Unicode rules, so "Århus", "ÅRHUS" and "århus" are one
/// name. The value is lowered in .NET; the column through <see cref="Lower"/>, which a context configured with
/// <see cref="UseCaseFolding"/> translates per provider. Neither provider's own <c>lower()</c> will do: SQLite's
/// folds ASCII only, PostgreSQL's follows the database's collation (ASCII only under "C").
/// </summary>
public static class CaseFolding
{
    /// <summary>The SQLite function each connection must define: <see cref="Lower"/> of one text argument.</summary>
    public const string SqliteFunction = "lower_invariant";

    /// <summary>The ICU collation PostgreSQL lowers with: Unicode case mapping whatever the database's locale.</summary>
    public const string PostgresCollation = "und-x-icu";

    private const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    private const string PostgresProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>The method the filters call on a column: a query translates it, LINQ to objects runs it.</summary>
    public static MethodInfo LowerMethod { get; } = typeof(CaseFolding).GetMethod(nameof(Lower))!;

    /// <summary><paramref name="value"/> lowered the way the database lowers a column for text filters.</summary>
    public static string? Lower(string? value) => value?.ToLowerInvariant();

    /// <summary>
    /// Translates <see cref="Lower"/>: <c>lower_invariant(x)</c> on SQLite (the connection defines the function, see
    /// <see cref="SqliteFunction"/>), <c>lower(x COLLATE "und-x-icu")</c> on PostgreSQL. Every context queried through
    /// the data conventions needs it; on another provider the method stays untranslated (EF Core says so), rather
    /// than fold case in a way nobody checked.
    /// </summary>
    public static DbContextOptionsBuilder UseCaseFolding(this DbContextOptionsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(builder.Options.FindExtension<Extension>() ?? new Extension());
        return builder;
    }

    /// <inheritdoc cref="UseCaseFolding(DbContextOptionsBuilder)"/>
    public static DbContextOptionsBuilder<TContext> UseCaseFolding<TContext>(this DbContextOptionsBuilder<TContext> builder)
        where TContext : DbContext => (DbContextOptionsBuilder<TContext>)UseCaseFolding((DbContextOptionsBuilder)builder);

    private sealed class Extension : IDbContextOptionsExtension
    {
        private ExtensionInfo? _info;

        public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

        public void ApplyServices(IServiceCollection services) =>
            new EntityFrameworkRelationalServicesBuilder(services).TryAdd<IMethodCallTranslatorPlugin, TranslatorPlugin>();

        public void Validate(IDbContextOptions options)
        {
        }
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "using case folding ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) => debugInfo["CaseFolding"] = "1";
    }

    private sealed class TranslatorPlugin(IDatabaseProvider provider) : IMethodCallTranslatorPlugin
    {
        public IEnumerable<IMethodCallTranslator> Translators { get; } = provider.Name is SqliteProvider or PostgresProvider
            ? [new Translator(provider.Name == SqliteProvider)]
            : [];
    }

    private sealed class Translator(bool sqlite) : IMethodCallTranslator
    {
        public SqlExpression? Translate(SqlExpression? instance, MethodInfo method, IReadOnlyList<SqlExpression> arguments, IDiagnosticsLogger<DbLoggerCategory.Query> logger)
        {
            if (method != LowerMethod)
            {
                return null;
            }

            SqlExpression column = arguments[0];
            return new SqlFunctionExpression(
                sqlite ? SqliteFunction : "lower",
                [sqlite ? column : new CollateExpression(column, PostgresCollation)],
                nullable: true,
                argumentsPropagateNullability: [true],
                typeof(string),
                column.TypeMapping);
        }
    }
}
