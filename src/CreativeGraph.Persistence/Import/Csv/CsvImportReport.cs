namespace CreativeGraph.Persistence.Import.Csv;

/// <summary>How many entities of one kind the file added to the graph and how many it found there already.</summary>
public sealed record EntityCount(string Entity, int Added, int Matched);

/// <summary>
/// What a CSV import did: the rows read, the entities added and matched per kind, the rows rejected with their lines,
/// and whether anything was written (all or nothing: not when a row was rejected, unless the import was lenient).
/// </summary>
public sealed record CsvImportReport(
    string Source,
    int Rows,
    IReadOnlyList<EntityCount> Entities,
    IReadOnlyList<RejectedRow> Rejected,
    bool Written,
    int Citations)
{
    public EntityCount this[string entity] => Entities.Single(e => e.Entity == entity);
}
