namespace CreativeGraph.Persistence.Seed;

/// <summary>What an import changed: rows inserted and rows updated (both zero when re-importing the same data).</summary>
public sealed record ImportSummary(int Added, int Updated)
{
    public bool ChangedNothing => Added == 0 && Updated == 0;
}
