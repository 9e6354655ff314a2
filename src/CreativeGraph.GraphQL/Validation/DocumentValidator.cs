using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec #sec-Validation): runs every rule of
/// <see cref="SpecifiedRules.All"/> in one walk of the document.
/// </summary>
public static class DocumentValidator
{
    /// <summary>
    /// Returns the validation errors of <paramref name="document"/>; an empty list means the document is valid.
    /// Never throws for a bad document. Each error carries locations, a code from <see cref="ErrorCodes"/> and
    /// <c>extensions.specifiedBy</c>, the spec section of the rule it breaks.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        return Validate(schema, document, SpecifiedRules.InReportOrder, options ?? ValidationOptions.Default);
    }

    internal static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        IReadOnlyList<IValidationRule> rules,
        ValidationOptions options)
    {
        ValidationContext context = new(schema, document, options.MaxErrors);
        ValidationVisitor[] visitors = new ValidationVisitor[rules.Count];
        for (int i = 0; i < visitors.Length; i++)
        {
            visitors[i] = rules[i].CreateVisitor(context);
        }

        try
        {
            new ValidationWalker(context, visitors).Walk(document);
        }
        catch (ValidationAbortedException)
        {
            // The error limit was reached; the last error says so.
        }

        return context.Errors;
    }
}
