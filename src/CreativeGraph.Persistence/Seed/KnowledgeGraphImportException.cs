namespace CreativeGraph.Persistence.Seed;

/// <summary>
/// A batch of data files was rejected; nothing was written. Each error names the file, the record and the field.
/// </summary>
public sealed class KnowledgeGraphImportException : Exception
{
    public KnowledgeGraphImportException()
        : this(["The import was rejected."])
    {
    }

    public KnowledgeGraphImportException(string message)
        : this([message])
    {
    }

    public KnowledgeGraphImportException(string message, Exception innerException)
        : this([message], innerException)
    {
    }

    public KnowledgeGraphImportException(IReadOnlyList<string> errors, Exception? innerException = null)
        : base(string.Join(Environment.NewLine, errors ?? []), innerException)
    {
        Errors = errors ?? [];
    }

    public IReadOnlyList<string> Errors { get; }
}
