namespace CreativeGraph.Persistence.Model;

public enum NameKind
{
    /// <summary>The name in the place's or organisation's own language.</summary>
    Local,

    /// <summary>The name in another language (e.g. Danish exonyms).</summary>
    Translation,

    /// <summary>Another accepted spelling or synonym.</summary>
    Variant,

    /// <summary>A misspelling found in a source, kept so searches for it still match.</summary>
    SourceSpelling,

    Abbreviation,
}
