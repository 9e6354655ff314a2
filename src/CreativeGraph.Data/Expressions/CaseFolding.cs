using System.Linq.Expressions;
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

    /// <summary>The method <c>contains</c> calls for a term of <see cref="IndexableLength"/> characters or more.</summary>
    public static MethodInfo ContainsFoldedMethod { get; } = typeof(CaseFolding).GetMethod(nameof(ContainsFolded))!;

    /// <summary>
    /// The shortest term, in Unicode scalar values, that <see cref="ContainsFolded"/> is used for: a substring index
    /// over character trigrams (SQLite FTS5's trigram tokenizer, PostgreSQL's pg_trgm) finds terms of three characters
    /// or more and nothing shorter.
    /// </summary>
    public const int IndexableLength = 3;

    /// <summary><paramref name="value"/> lowered the way the database lowers a column for text filters.</summary>
    public static string? Lower(string? value) => value?.ToLowerInvariant();

    /// <summary>
    /// Whether <paramref name="value"/>, lowered, contains <paramref name="loweredTerm"/> (already lowered, at least
    /// <see cref="IndexableLength"/> characters long): <c>Lower(value).Contains(loweredTerm)</c> under a name that
    /// lets a context serve it from a substring index (<see cref="ISubstringIndex"/>); otherwise it becomes exactly
    /// that expression before EF Core translates the query.
    /// </summary>
    public static bool ContainsFolded(string? value, string loweredTerm) =>
        Lower(value)?.Contains(loweredTerm, StringComparison.Ordinal) == true;

    /// <summary>Whether a lowered term is long enough for <see cref="ContainsFolded"/>.</summary>
    public static bool IsIndexable(string loweredTerm) =>
        loweredTerm is not null && loweredTerm.EnumerateRunes().Take(IndexableLength).Count() == IndexableLength;

    /// <summary>
    /// Translates <see cref="Lower"/>: <c>lower_invariant(x)</c> on SQLite (the connection defines the function, see
    /// <see cref="SqliteFunction"/>), <c>lower(x COLLATE "und-x-icu")</c> on PostgreSQL. Every context queried through
    /// the data conventions needs it; on another provider the method stays untranslated (EF Core says so), rather
    /// than fold case in a way nobody checked.
    /// </summary>
    /// <param name="builder">The context's options.</param>
    /// <param name="index">Substring indexes that serve <see cref="ContainsFolded"/> on some columns; null for none.</param>
    public static DbContextOptionsBuilder UseCaseFolding(this DbContextOptionsBuilder builder, ISubstringIndex? index = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new Extension(index));
        return builder;
    }

    /// <inheritdoc cref="UseCaseFolding(DbContextOptionsBuilder, ISubstringIndex)"/>
    public static DbContextOptionsBuilder<TContext> UseCaseFolding<TContext>(this DbContextOptionsBuilder<TContext> builder, ISubstringIndex? index = null)
        where TContext : DbContext => (DbContextOptionsBuilder<TContext>)UseCaseFolding((DbContextOptionsBuilder)builder, index);

    private sealed class Extension(ISubstringIndex? index) : IDbContextOptionsExtension
    {
        private ExtensionInfo? _info;

        public ISubstringIndex? Index => index;

        public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

        public void ApplyServices(IServiceCollection services)
        {
            new EntityFrameworkRelationalServicesBuilder(services).TryAdd<IMethodCallTranslatorPlugin, TranslatorPlugin>();
            services.AddSingleton<IInterceptor>(new ContainsExpander(index));
        }

        public void Validate(IDbContextOptions options)
        {
        }
    }

    private sealed class ExtensionInfo(Extension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "using case folding ";

        public override int GetServiceProviderHashCode() => extension.Index?.GetHashCode() ?? 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) =>
            other is ExtensionInfo info && ReferenceEquals(info.Extension is Extension e ? e.Index : null, extension.Index);

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

    /// <summary>
    /// Before EF Core compiles a query, each <see cref="ContainsFolded"/> becomes the index's test when the context's
    /// <see cref="ISubstringIndex"/> has one for the column, and <c>Lower(x).Contains(t)</c> otherwise (which EF Core
    /// translates as usual: <c>instr(…) &gt; 0</c> on SQLite, <c>LIKE @t_contains</c> on PostgreSQL).
    /// </summary>
    private sealed class ContainsExpander(ISubstringIndex? index) : IQueryExpressionInterceptor
    {
        public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) =>
            new Rewriter(index, eventData.Context).Visit(queryExpression);

        private sealed class Rewriter(ISubstringIndex? index, DbContext? context) : ExpressionVisitor
        {
            protected override Expression VisitMethodCall(MethodCallExpression node)
            {
                if (node.Method != ContainsFoldedMethod)
                {
                    return IndexCount(node) ?? base.VisitMethodCall(node);
                }

                Expression column = Visit(node.Arguments[0]);
                Expression term = Visit(node.Arguments[1]);
                return (column is MemberExpression member && context is not null ? index?.Contains(context, member, term) : null)
                    ?? Expression.Call(Expression.Call(LowerMethod, column), s_contains, term);
            }

            // Count(Where(<table>, x => ContainsFolded(x.Column, t))): a count whose only condition is the index's
            // test is the index's count, which reads no row of the table (e.g. a totalCount of a contains filter).
            private Expression? IndexCount(MethodCallExpression node)
            {
                if (index is null || context is null
                    || node.Method.DeclaringType != typeof(Queryable) || node.Method.Name != nameof(Queryable.Count) || node.Arguments.Count != 1
                    || node.Arguments[0] is not MethodCallExpression { Method.Name: nameof(Queryable.Where), Arguments: [var source, UnaryExpression { Operand: LambdaExpression predicate }] } where
                    || where.Method.DeclaringType != typeof(Queryable)
                    || !IsTable(source)
                    || predicate.Body is not MethodCallExpression test || test.Method != ContainsFoldedMethod
                    || test.Arguments[0] is not MemberExpression { Expression: ParameterExpression row } column || row != predicate.Parameters[0])
                {
                    return null;
                }

                return index.Count(context, column, Visit(test.Arguments[1]));
            }

            // The entity's whole table: its query root, possibly without tracking.
            private static bool IsTable(Expression source) => source switch
            {
                EntityQueryRootExpression => true,
                MethodCallExpression { Method.Name: nameof(EntityFrameworkQueryableExtensions.AsNoTracking), Arguments: [var inner] } => IsTable(inner),
                _ => false,
            };
        }
    }

    private static readonly MethodInfo s_contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
}
