namespace CreativeGraph.Persistence.Model;

/// <summary>Which of an entity's names a <see cref="SearchName"/> is, in the order an entity's names are listed.</summary>
public enum SearchNameKind
{
    /// <summary>The name the graph uses (a project's or a document's title).</summary>
    Name,

    /// <summary>A partner's or a project's acronym.</summary>
    Acronym,

    /// <summary>A country's ISO code.</summary>
    Code,

    /// <summary>A source document's file name.</summary>
    FileName,

    /// <summary>The name in the place's or organisation's own language (a local name or title).</summary>
    Local,

    /// <summary>The name in another language.</summary>
    Translation,

    /// <summary>Another accepted spelling or synonym.</summary>
    Variant,

    /// <summary>A misspelling found in a source document.</summary>
    SourceSpelling,

    /// <summary>An abbreviation (e.g. USA).</summary>
    Abbreviation,
}
