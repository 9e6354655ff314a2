namespace CreativeGraph.Persistence.Model;

/// <summary>A document that states facts of the graph; every entity and edge cites at least one.</summary>
public sealed class Source
{
    public int Id { get; set; }

    /// <summary>Natural key.</summary>
    public required string Slug { get; set; }

    public required string FileName { get; set; }

    public required string Title { get; set; }

    /// <summary>BCP 47 language tag of the document, e.g. <c>en</c>, <c>da</c>, <c>sl</c>.</summary>
    public required string Language { get; set; }

    /// <summary>What the document is, in our own words.</summary>
    public string? Description { get; set; }
}
