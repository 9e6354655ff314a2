using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace CreativeGraph.Persistence.Model;

/// <summary>
/// An index that finds the rows whose text column, lowered, contains a lowered term of three characters or more
/// without reading every row:
/// <list type="bullet">
/// <item>SQLite: an FTS5 table with the trigram tokenizer over <c>lower_invariant(column)</c>, kept in step by
/// triggers. A phrase query of the term's trigrams matches exactly the texts containing the term (one token per
/// character position), so the index answers the question alone; <c>case_sensitive 1</c> leaves folding to
/// <c>lower_invariant</c>, the same .NET rules the filters lower their values with.</item>
/// <item>PostgreSQL: a pg_trgm GIN index over the lowered column, which serves <c>LIKE '%term%'</c>.</item>
/// </list>
/// The triggers call <c>lower_invariant</c>, which every connection of the application defines
/// (<see cref="SqliteTuning"/>); a tool that writes these tables through another connection must define it too.
/// </summary>
public sealed class SubstringIndex
{
    private const string LoweredColumn = "Text";

    // PostgreSQL lowers with ICU's Unicode rules whatever the database's locale (as the API's filters do).
    private const string PostgresCollation = "und-x-icu";

    private const string PatternEscape = @"\";

    private SubstringIndex(Type entityType, string table, string property, string name, bool lowered)
    {
        EntityType = entityType;
        Table = table;
        Property = property;
        Name = name;
        Lowered = lowered;
    }

    /// <summary>Partner names: the <c>contains</c> filter on <c>name</c>.</summary>
    public static SubstringIndex PartnerNames { get; } = new(typeof(Partner), "Partners", nameof(Partner.Name), "PartnerNameTrigrams", lowered: true);

    /// <summary>Normalized search names (already lowered): <c>search(term:)</c>.</summary>
    public static SubstringIndex SearchNames { get; } = new(typeof(SearchName), "SearchNames", nameof(SearchName.NormalizedName), "SearchNameTrigrams", lowered: false);

    /// <summary>Every substring index of the knowledge graph.</summary>
    public static IReadOnlyList<SubstringIndex> All { get; } = [PartnerNames, SearchNames];

    /// <summary>The indexed entity's CLR type.</summary>
    public Type EntityType { get; }

    /// <summary>The indexed entity's table.</summary>
    public string Table { get; }

    /// <summary>The indexed text property (and column).</summary>
    public string Property { get; }

    /// <summary>The FTS5 table on SQLite, and the keyless entity type that reads it (a shared type of <see cref="TrigramRow"/>).</summary>
    public string Name { get; }

    /// <summary>Whether the index lowers the column (false when the column holds lowered text already).</summary>
    public bool Lowered { get; }

    /// <summary>Whether a lowered term is long enough for a trigram index: three Unicode characters or more.</summary>
    public static bool IsIndexable(string loweredTerm) =>
        loweredTerm is not null && loweredTerm.EnumerateRunes().Take(3).Count() == 3;

    /// <summary>The index over <paramref name="entityType"/>.<paramref name="property"/>, if there is one.</summary>
    public static SubstringIndex? Find(Type entityType, string property) =>
        All.FirstOrDefault(i => i.EntityType == entityType && i.Property == property);

    /// <summary>
    /// The test "the entity's column, lowered, contains <paramref name="loweredTerm"/>" served by this index, for a
    /// term of at least three characters (shorter terms match nothing in a trigram index: filter them otherwise).
    /// <list type="bullet">
    /// <item>SQLite: <c>"p"."Id" IN (SELECT "t"."rowid" FROM "PartnerNameTrigrams" AS "t" WHERE match('"' || replace(@t, '"', '""') || '"', "t"."PartnerNameTrigrams"))</c></item>
    /// <item>PostgreSQL: <c>lower("p"."Name" COLLATE "und-x-icu") LIKE '%' || … escaped @t … || '%' ESCAPE ''</c></item>
    /// </list>
    /// </summary>
    /// <param name="model">The context's model (it maps the FTS5 tables on SQLite).</param>
    /// <param name="sqlite">SQLite (true) or PostgreSQL (false).</param>
    /// <param name="entity">An expression of <see cref="EntityType"/>, e.g. the lambda parameter of a <c>Where</c>.</param>
    /// <param name="loweredTerm">The term, lowered; a parameter of the query.</param>
    public Expression Contains(IModel model, bool sqlite, Expression entity, Expression loweredTerm)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Contains(sqlite ? new EntityQueryRootExpression(Rows(model)) : null, entity, loweredTerm);
    }

    /// <summary><see cref="Contains(IModel, bool, Expression, Expression)"/> as a predicate over the entity, for a known term.</summary>
    public Expression<Func<T, bool>> Contains<T>(DbContext db, string loweredTerm)
    {
        ArgumentNullException.ThrowIfNull(db);
        ParameterExpression entity = Expression.Parameter(typeof(T), "e");
        // Read through a closure, so EF Core sends the term as a parameter and caches one statement for all terms.
        var term = new StrongBox<string>(loweredTerm);
        Expression value = Expression.Field(Expression.Constant(term), nameof(StrongBox<string>.Value));
        Expression? rows = db.Database.IsSqlite() ? ((IQueryable)db.Set<TrigramRow>(Name)).Expression : null;
        return Expression.Lambda<Func<T, bool>>(Contains(rows, entity, value), entity);
    }

    /// <summary>
    /// The number of the entity's rows whose column, lowered, contains <paramref name="loweredTerm"/>, counted in the
    /// index alone: the index holds one row per row of the table, under its key (its triggers keep it so), so the
    /// count needs no lookup of the table's rows. SQLite:
    /// <c>SELECT COUNT(*) FROM "PartnerNameTrigrams" AS "t" WHERE match(…)</c>; null on PostgreSQL, whose GIN index
    /// serves the count of the table's rows directly.
    /// </summary>
    public Expression? Count(IModel model, bool sqlite, Expression loweredTerm)
    {
        ArgumentNullException.ThrowIfNull(model);
        return sqlite ? Call(nameof(Queryable.Count), [typeof(int)], Keys(new EntityQueryRootExpression(Rows(model)), loweredTerm)) : null;
    }

    // rows: the FTS5 table's query root on SQLite, null on PostgreSQL
    private Expression Contains(Expression? rows, Expression entity, Expression loweredTerm)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(loweredTerm);
        if (rows is not null)
        {
            return Call(nameof(Queryable.Contains), [typeof(int)], Keys(rows, loweredTerm), Expression.Property(entity, "Id"));
        }

        Expression column = Expression.Property(entity, Property);
        if (Lowered)
        {
            column = Expression.Call(
                Expression.Call(s_collate, Expression.Constant(EF.Functions), column, Expression.Constant(PostgresCollation)),
                s_toLower);
        }

        return Expression.Call(s_like, Expression.Constant(EF.Functions), column, ContainsPattern(loweredTerm), Expression.Constant(PatternEscape));
    }

    // SELECT "t"."rowid" FROM "PartnerNameTrigrams" AS "t" WHERE match(phrase, "t"."PartnerNameTrigrams")
    private static Expression Keys(Expression rows, Expression loweredTerm)
    {
        ParameterExpression row = Expression.Parameter(typeof(TrigramRow), "t");
        Expression matches = Expression.Call(TrigramRow.MatchesMethod, Expression.Property(row, nameof(TrigramRow.Document)), Phrase(loweredTerm));
        Expression filtered = Call(nameof(Queryable.Where), [typeof(TrigramRow)], rows, Expression.Quote(Expression.Lambda(matches, row)));
        return Call(nameof(Queryable.Select), [typeof(TrigramRow), typeof(int)], filtered, Expression.Quote(Expression.Lambda(Expression.Property(row, nameof(TrigramRow.Key)), row)));
    }

    private IEntityType Rows(IModel model) =>
        model.FindEntityType(Name) ?? throw new InvalidOperationException($"The model has no entity type {Name}.");

    // '%' || escaped || '%', with \ escaping the term's own \, % and _ (built in SQL from the parameter)
    private static Expression ContainsPattern(Expression loweredTerm)
    {
        Expression escaped = Replace(Replace(Replace(loweredTerm, @"\", @"\\"), "%", @"\%"), "_", @"\_");
        return Concat(Expression.Constant("%"), escaped, Expression.Constant("%"));
    }

    /// <summary>The statements that create the index on SQLite (the FTS5 table, its rows, the triggers).</summary>
    public IEnumerable<string> SqliteCreate()
    {
        string source = Lowered ? $"lower_invariant(new.\"{Property}\")" : $"new.\"{Property}\"";
        yield return $"CREATE VIRTUAL TABLE \"{Name}\" USING fts5(\"{LoweredColumn}\", tokenize = 'trigram case_sensitive 1');";
        yield return $"INSERT INTO \"{Name}\" (rowid, \"{LoweredColumn}\") SELECT \"Id\", {(Lowered ? $"lower_invariant(\"{Property}\")" : $"\"{Property}\"")} FROM \"{Table}\";";
        yield return $"CREATE TRIGGER \"{Name}_AfterInsert\" AFTER INSERT ON \"{Table}\" BEGIN "
            + $"INSERT INTO \"{Name}\" (rowid, \"{LoweredColumn}\") VALUES (new.\"Id\", {source}); END;";
        yield return $"CREATE TRIGGER \"{Name}_AfterUpdate\" AFTER UPDATE OF \"Id\", \"{Property}\" ON \"{Table}\" BEGIN "
            + $"DELETE FROM \"{Name}\" WHERE rowid = old.\"Id\"; "
            + $"INSERT INTO \"{Name}\" (rowid, \"{LoweredColumn}\") VALUES (new.\"Id\", {source}); END;";
        yield return $"CREATE TRIGGER \"{Name}_AfterDelete\" AFTER DELETE ON \"{Table}\" BEGIN "
            + $"DELETE FROM \"{Name}\" WHERE rowid = old.\"Id\"; END;";
    }

    /// <summary>The statements that remove the index on SQLite.</summary>
    public IEnumerable<string> SqliteDrop()
    {
        yield return $"DROP TRIGGER \"{Name}_AfterInsert\";";
        yield return $"DROP TRIGGER \"{Name}_AfterUpdate\";";
        yield return $"DROP TRIGGER \"{Name}_AfterDelete\";";
        yield return $"DROP TABLE \"{Name}\";";
    }

    /// <summary>The PostgreSQL index: GIN over the lowered column's trigrams (pg_trgm must be installed).</summary>
    public string PostgresCreate() =>
        $"CREATE INDEX \"IX_{Table}_{Property}_Trigrams\" ON \"{Table}\" USING gin ({PostgresIndexedExpression} gin_trgm_ops);";

    /// <summary>The statement that removes the PostgreSQL index.</summary>
    public string PostgresDrop() => $"DROP INDEX \"IX_{Table}_{Property}_Trigrams\";";

    // The expression the queries compare, written exactly so the index serves it.
    private string PostgresIndexedExpression => Lowered ? $"lower(\"{Property}\" COLLATE \"{PostgresCollation}\")" : $"\"{Property}\"";

    /// <summary>Maps the keyless entity types that read the FTS5 tables and the <c>match</c> function.</summary>
    internal static void Configure(ModelBuilder modelBuilder)
    {
        foreach (SubstringIndex index in All)
        {
            // A view to EF Core: queried, never created by migrations (the migration writes the FTS5 table itself).
            modelBuilder.SharedTypeEntity<TrigramRow>(index.Name, b =>
            {
                b.HasNoKey();
                b.ToView(index.Name);
                b.Property(r => r.Key).HasColumnName("rowid");
                b.Property(r => r.Document).HasColumnName(index.Name);
            });
        }

        modelBuilder.HasDbFunction(TrigramRow.MatchesMethod).HasTranslation(arguments => new SqlFunctionExpression(
            "match",
            [arguments[1], arguments[0]],
            nullable: false,
            argumentsPropagateNullability: [false, false],
            typeof(bool),
            new BoolTypeMapping("INTEGER")));
    }

    // '"' || replace(@t, '"', '""') || '"': the term as one FTS5 phrase, its own quotes doubled
    private static Expression Phrase(Expression term) => Concat(Expression.Constant("\""), Replace(term, "\"", "\"\""), Expression.Constant("\""));

    private static Expression Replace(Expression text, string oldValue, string newValue) =>
        Expression.Call(text, s_replace, Expression.Constant(oldValue), Expression.Constant(newValue));

    private static Expression Concat(Expression first, Expression second, Expression third) =>
        Expression.Call(s_concat, first, second, third);

    private static MethodCallExpression Call(string name, Type[] typeArguments, params Expression[] arguments) =>
        Expression.Call(typeof(Queryable), name, typeArguments, arguments);

    private static readonly MethodInfo s_like = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    private static readonly MethodInfo s_collate = typeof(RelationalDbFunctionsExtensions).GetMethod(nameof(RelationalDbFunctionsExtensions.Collate))!.MakeGenericMethod(typeof(string));

    private static readonly MethodInfo s_toLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;

    private static readonly MethodInfo s_replace = typeof(string).GetMethod(nameof(string.Replace), [typeof(string), typeof(string)])!;

    private static readonly MethodInfo s_concat = typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string), typeof(string)])!;
}

/// <summary>A row of a SQLite substring index (<see cref="SubstringIndex"/>): the indexed row's key and the FTS5 table's own column.</summary>
public sealed class TrigramRow
{
    /// <summary>The <c>match(phrase, table)</c> function: whether the row matches an FTS5 query (SQLite only).</summary>
    public static MethodInfo MatchesMethod { get; } = typeof(TrigramRow).GetMethod(nameof(Matches))!;

    /// <summary>The FTS5 rowid: the <c>Id</c> of the indexed row.</summary>
    public int Key { get; set; }

    /// <summary>The hidden column named after the FTS5 table, which <c>match</c> takes to mean "this table".</summary>
    public string Document { get; set; } = "";

    /// <summary>Translated to SQLite's <c>match(query, document)</c>; not callable in .NET.</summary>
    public static bool Matches(string document, string query) =>
        throw new InvalidOperationException("TrigramRow.Matches is translated to SQL and cannot run in .NET.");
}
