namespace CreativeGraph.Persistence.Import.Csv;

/// <summary>One record of the file as written: the line it starts on and its fields by column (trimmed; empty is null).</summary>
public sealed class KeepEuRow(long line, string?[] values)
{
    /// <summary>The 1-based line of the file where the record starts (the header is line 1).</summary>
    public long Line { get; } = line;

    public string? this[KeepEuColumn column] => values[(int)column];
}

/// <summary>A line of the file the import refused, with the code and the reason.</summary>
public sealed record RejectedRow(long Line, string Code, string Reason)
{
    public override string ToString() => $"line {Line}: {Code}: {Reason}";
}
