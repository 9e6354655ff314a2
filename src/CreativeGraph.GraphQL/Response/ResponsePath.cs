using System.Text;

namespace CreativeGraph.GraphQL.Response;

/// <summary>
/// The path of a response field (spec #sec-Errors.Error-Result-Format, "path"): an immutable linked list
/// of field names and list indices from the root. Appending allocates one small node.
/// </summary>
public sealed class ResponsePath
{
    private ResponsePath(ResponsePath? parent, string? name, int index, int depth)
    {
        Parent = parent;
        Name = name;
        Index = index;
        Depth = depth;
    }

    /// <summary>The empty path of the root selection set.</summary>
    public static ResponsePath Root { get; } = new(null, null, -1, 0);

    public ResponsePath? Parent { get; }

    /// <summary>The response name of this segment, or null when the segment is a list index.</summary>
    public string? Name { get; }

    /// <summary>The list index of this segment, or -1 when the segment is a field name.</summary>
    public int Index { get; }

    public int Depth { get; }

    public bool IsRoot => Parent is null;

    public ResponsePath Append(string name) => new(this, name, -1, Depth + 1);

    public ResponsePath Append(int index) => new(this, null, index, Depth + 1);

    /// <summary>The segments from the root, as the JSON "path" array shows them (string or int).</summary>
    public IReadOnlyList<object> ToList()
    {
        object[] segments = new object[Depth];
        ResponsePath? current = this;
        for (int i = Depth - 1; i >= 0; i--)
        {
            segments[i] = current!.Name ?? (object)current.Index;
            current = current.Parent;
        }

        return segments;
    }

    public override string ToString()
    {
        StringBuilder sb = new();
        foreach (object segment in ToList())
        {
            sb.Append(segment is int i ? $"[{i}]" : "/" + segment);
        }

        return sb.Length == 0 ? "/" : sb.ToString();
    }
}
