using CreativeGraph.Data.Paging;
using CreativeGraph.Persistence;

namespace CreativeGraph.Api.KnowledgeGraph.Fields;

/// <summary>What the connections must know of the database: its null order, which keyset cursors must agree with.</summary>
internal sealed record PagingDefaults(DatabaseProvider Provider)
{
    /// <summary>SQLite orders NULL first, PostgreSQL last.</summary>
    public bool NullsFirst => Provider == DatabaseProvider.Sqlite;

    public void Apply(PagingOptions options) => options.NullsFirst = NullsFirst;
}
