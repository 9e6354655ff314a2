namespace CreativeGraph.Data.Paging;

/// <summary>Cursor paging settings of one field (HotChocolate's defaults: 10 per page, at most 50).</summary>
public sealed class PagingOptions
{
    public int DefaultPageSize { get; set; } = 10;

    public int MaxPageSize { get; set; } = 50;

    /// <summary>
    /// Where the database sorts NULL in ascending order: first on SQLite and SQL Server (the default), last on
    /// PostgreSQL. Keyset predicates must agree with the database's ORDER BY.
    /// </summary>
    public bool NullsFirst { get; set; } = true;

    /// <summary>
    /// The prefix of the field's connection and edge types (HotChocolate's <c>connectionName</c>): <c>"Members"</c> →
    /// <c>MembersConnection</c>, <c>MembersEdge</c>. Default: the field name in PascalCase.
    /// </summary>
    public string? ConnectionName { get; set; }

    /// <summary>The options every field starts from; change them at startup.</summary>
    public static PagingOptions Default { get; } = new();

    internal PagingOptions Clone() => new() { DefaultPageSize = DefaultPageSize, MaxPageSize = MaxPageSize, NullsFirst = NullsFirst, ConnectionName = ConnectionName };
}
