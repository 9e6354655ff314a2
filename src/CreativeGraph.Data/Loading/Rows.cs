using CreativeGraph.Data.Lists;

namespace CreativeGraph.Data.Loading;

/// <summary>One parent's rows of a per-parent window query: its key and its page (page size + 1 rows, with cursors).</summary>
internal sealed class KeyedPage<TKey, TNode>
{
    public TKey Key { get; set; } = default!;

    public List<KeyedRow<TNode>> Rows { get; set; } = [];
}

/// <summary>One parent's count of the grouped <c>COUNT(*)</c> for <c>totalCount</c>.</summary>
internal sealed class KeyedCount<TKey>
{
    public TKey Key { get; set; } = default!;

    public int Count { get; set; }
}

/// <summary>A node with the key of the parent (or, for reference fields, its own key) it belongs to.</summary>
internal sealed class KeyedNode<TKey, TNode>
{
    public TKey Key { get; set; } = default!;

    public TNode Node { get; set; } = default!;
}
