namespace CreativeGraph.GraphQL.Response;

/// <summary>
/// A response position whose <see cref="ResponsePath"/> is built only when needed (an error, or a resolver
/// asking for its path), as HotChocolate's result objects do: the position names its parent result map and
/// the field's slot in it (plus a list index for list items); every <see cref="ResultMap"/> keeps its own
/// position, so the path is rebuilt by walking up the maps. Successful execution allocates no paths.
/// </summary>
internal readonly struct LazyPath
{
    private readonly object _parent;   // ResultMap (path not built yet) or ResponsePath
    private readonly int _slot;        // the field's slot in the parent map, or -1
    private readonly int _index;       // the list index, or -1

    private LazyPath(object parent, int slot, int index)
    {
        _parent = parent;
        _slot = slot;
        _index = index;
    }

    /// <summary>The root selection set's position (the empty path).</summary>
    public static LazyPath Root => new(ResponsePath.Root, -1, -1);

    /// <summary>The position at an already built <paramref name="path"/> (a deferred fragment's object).</summary>
    public static LazyPath At(ResponsePath path) => new(path, -1, -1);

    /// <summary>The parent result map, slot and list index of this position; false when it starts from a built path.</summary>
    public bool TryGetParent(out ResultMap map, out int slot, out int index)
    {
        map = (_parent as ResultMap)!;
        slot = _slot;
        index = _index;
        return map is not null && _slot >= 0;
    }

    /// <summary>True when the position ends in a list index.</summary>
    public bool HasIndex => _index >= 0;

    /// <summary>The position of the field in slot <paramref name="slot"/> of <paramref name="map"/>.</summary>
    public static LazyPath Field(ResultMap map, int slot) => new(map, slot, -1);

    /// <summary>The item <paramref name="index"/> of the list at an already built <paramref name="listPath"/>.</summary>
    public static LazyPath Item(ResponsePath listPath, int index) => new(listPath, -1, index);

    /// <summary>The item <paramref name="index"/> of the list at this field position (which has no index yet).</summary>
    public LazyPath WithIndex(int index) => new(_parent, _slot, index);

    public ResponsePath Materialize()
    {
        ResponsePath path;
        if (_parent is ResultMap map)
        {
            path = map.Position.Materialize();
            if (_slot >= 0)
            {
                path = path.Append(map.Shape.Names[_slot]);
            }
        }
        else
        {
            path = (ResponsePath)_parent;
        }

        return _index >= 0 ? path.Append(_index) : path;
    }
}
