using CreativeGraph.Persistence.Entities;

namespace CreativeGraph.Persistence.Seed;

/// <summary>The natural keys a reference may point to: those stored plus those defined anywhere in the batch.</summary>
internal sealed class KnownKeys
{
    private readonly Dictionary<string, HashSet<string>> _keys = new(StringComparer.Ordinal);

    /// <summary>True when an entity of type <paramref name="entity"/> with natural key <paramref name="key"/> is stored or in the batch.</summary>
    public bool Contains(EntityDefinition entity, string key) => _keys.TryGetValue(entity.Name, out HashSet<string>? keys) && keys.Contains(key);

    public static KnownKeys From(IReadOnlyList<ParsedFile> files, GraphIndex index)
    {
        var known = new KnownKeys();
        foreach ((EntityDefinition entity, IEnumerable<string> keys) in index.Keys)
        {
            known.Of(entity).UnionWith(keys);
        }

        foreach (ParsedFile file in files)
        {
            foreach ((EntityDefinition entity, string key) in file.Document.DefinedKeys())
            {
                known.Of(entity).Add(key);
            }
        }

        return known;
    }

    private HashSet<string> Of(EntityDefinition entity)
    {
        if (!_keys.TryGetValue(entity.Name, out HashSet<string>? keys))
        {
            _keys[entity.Name] = keys = new HashSet<string>(StringComparer.Ordinal);
        }

        return keys;
    }
}
