namespace CreativeGraph.Persistence.Synthetic;

/// <summary>
/// Where the graph's own keys (1, 2, 3 … per table) land in the database: shifted past the rows already there,
/// or, for rows reused by natural key (countries), onto the existing row.
/// </summary>
internal sealed class KeyMap
{
    private readonly Dictionary<Type, int> _offsets = [];
    private readonly Dictionary<Type, Dictionary<int, int>> _reused = [];

    public void SetOffset(Type entity, int offset) => _offsets[entity] = offset;

    /// <summary>Maps the graph's key <paramref name="key"/> of <paramref name="entity"/> onto an existing row's key.</summary>
    public void Reuse(Type entity, int key, int existingKey)
    {
        if (!_reused.TryGetValue(entity, out Dictionary<int, int>? map))
        {
            _reused[entity] = map = [];
        }

        map[key] = existingKey;
    }

    public bool IsReused(Type entity, int key) => _reused.TryGetValue(entity, out Dictionary<int, int>? map) && map.ContainsKey(key);

    public int Map(Type entity, int key) =>
        _reused.TryGetValue(entity, out Dictionary<int, int>? map) && map.TryGetValue(key, out int existing) ? existing
        : key + _offsets.GetValueOrDefault(entity);
}
