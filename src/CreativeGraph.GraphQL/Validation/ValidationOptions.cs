namespace CreativeGraph.GraphQL.Validation;

/// <summary>Options of <see cref="DocumentValidator.Validate"/>.</summary>
public sealed class ValidationOptions
{
    /// <summary>The shared default options.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>
    /// The most errors reported before validation stops with a "Too many validation errors" error, so a hostile
    /// document cannot make the error list explode (graphql-js's <c>maxErrors</c>, also 100 by default).
    /// </summary>
    public int MaxErrors { get; init; } = 100;
}
