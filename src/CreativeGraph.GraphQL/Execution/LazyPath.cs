using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// A response position whose <see cref="ResponsePath"/> is only allocated when needed (an error, a
/// resolver asking for its path, or a composite value whose children need a parent path). Leaf fields,
/// the majority, never allocate one.
/// </summary>
internal readonly struct LazyPath
{
    private readonly ResponsePath _parent;
    private readonly string? _name;
    private readonly int _index;

    public LazyPath(ResponsePath parent, string name)
    {
        _parent = parent;
        _name = name;
        _index = -1;
    }

    public LazyPath(ResponsePath parent, int index)
    {
        _parent = parent;
        _name = null;
        _index = index;
    }

    public ResponsePath Materialize() => _name is null ? _parent.Append(_index) : _parent.Append(_name);
}
