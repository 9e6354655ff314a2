namespace CreativeGraph.Persistence.Entities;

/// <summary>An entity's surrogate key with the natural key that provenance and alternative names refer to.</summary>
public sealed class EntityKeyRow
{
    public int Id { get; set; }

    public string Key { get; set; } = "";
}
