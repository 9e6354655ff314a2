using System.Buffers;

namespace CreativeGraph.Api.Research.Traversal;

/// <summary>
/// Distances of visited nodes for one traversal: an array over every node of the index, rented from the shared
/// pool and cleared, so a search allocates nothing per visited node. 0 means "not visited", d + 1 distance d.
/// </summary>
internal sealed class NodeMarks : IDisposable
{
    private int[]? _marks;

    public NodeMarks(int nodeCount)
    {
        _marks = ArrayPool<int>.Shared.Rent(Math.Max(1, nodeCount));
        Array.Clear(_marks, 0, nodeCount);
    }

    public bool IsVisited(int node) => _marks![node] != 0;

    /// <summary>The distance of a visited node; -1 for one not visited.</summary>
    public int Distance(int node) => _marks![node] - 1;

    public void Visit(int node, int distance) => _marks![node] = distance + 1;

    public void Dispose()
    {
        if (_marks is not null)
        {
            ArrayPool<int>.Shared.Return(_marks);
            _marks = null;
        }
    }
}
