namespace CreativeGraph.Persistence.Entities;

/// <summary>Rows by natural key, stored or added by the same import: what a declared section's upsert refers to.</summary>
internal interface IEntityLookup
{
    /// <summary>The row of <paramref name="entity"/> with natural key <paramref name="key"/>.</summary>
    T Get<T>(EntityDefinition<T> entity, string key)
        where T : class;

    /// <summary>The row of <paramref name="entity"/> with natural key <paramref name="key"/>, or null when the key is null.</summary>
    T? Optional<T>(EntityDefinition<T> entity, string? key)
        where T : class;
}
