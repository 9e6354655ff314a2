using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.GraphQL.Validation;

namespace CreativeGraph.GraphQL.Tests.Validation;

/// <summary>
/// Base of the rule tests: validates a document against the spec's example schema with one rule only and
/// compares the errors with the expected messages and locations, in order.
/// </summary>
public abstract class RuleTests
{
    private readonly IValidationRule _rule;
    private readonly string _specifiedBy;

    private protected RuleTests(IValidationRule rule, string anchor)
    {
        _rule = rule;
        _specifiedBy = "https://spec.graphql.org/September2025/#" + anchor;
    }

    /// <summary>The schema the documents are validated against; the spec's example schema unless overridden.</summary>
    private protected virtual Schema Schema => SpecExampleSchema.Instance;

    private protected static ExpectedError Error(string message, params (int Line, int Column)[] locations) => new(message, locations);

    private protected void ExpectValid(string document) => ExpectErrors(document);

    private protected void ExpectErrors(string document, params ExpectedError[] expected)
    {
        IReadOnlyList<GraphQLError> errors = Validate(document);
        Assert.Equal(
            string.Join("\n", expected.Select(e => e.ToString())),
            string.Join("\n", errors.Select(e => new ExpectedError(e.Message, [.. (e.Locations ?? []).Select(l => (l.Line, l.Column))]).ToString())));
        foreach (GraphQLError error in errors)
        {
            Assert.StartsWith("VALIDATION_", error.Code);
            Assert.Equal(_specifiedBy, error.Extensions!["specifiedBy"]);
        }
    }

    private protected IReadOnlyList<GraphQLError> Validate(string document) =>
        DocumentValidator.Validate(Schema, Parser.Parse(document), [_rule], ValidationOptions.Default);

    private protected sealed record ExpectedError(string Message, (int Line, int Column)[] Locations)
    {
        public override string ToString() => $"{Message} @ {string.Join(", ", Locations.Select(l => $"({l.Line}, {l.Column})"))}";
    }
}
