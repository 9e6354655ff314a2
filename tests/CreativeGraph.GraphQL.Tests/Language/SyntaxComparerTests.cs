using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.Tests.Language;

public sealed class SyntaxComparerTests
{
    [Fact]
    public void Treats_documents_that_differ_only_in_layout_as_equal()
    {
        DocumentNode compact = Parser.Parse("query Q($a:Int=1){a:b(c:[1,2]){...F}}");
        DocumentNode spread = Parser.Parse("query Q(\n  $a: Int = 1\n) {\n  a: b(c: [1 2]) { ... F }\n}\n# comment");
        Assert.True(SyntaxComparer.Instance.Equals(compact, spread));
        Assert.Equal(SyntaxComparer.Instance.GetHashCode(compact), SyntaxComparer.Instance.GetHashCode(spread));
    }

    [Theory]
    [InlineData("{ a: b }", "{ b }")]
    [InlineData("{ a(x: 1) }", "{ a(x: 1.0) }")]
    [InlineData("{ a(x: \"s\") }", "{ a(x: \"\"\"s\"\"\") }")]
    [InlineData("{ a(x: [1, 2]) }", "{ a(x: [2, 1]) }")]
    [InlineData("{ a(x: true) }", "{ a(x: false) }")]
    [InlineData("{ a(x: ENUM) }", "{ a(x: \"ENUM\") }")]
    [InlineData("query { a }", "mutation { a }")]
    [InlineData("query ($v: Int) { a }", "query ($v: Int!) { a }")]
    [InlineData("{ a @skip(if: true) }", "{ a @include(if: true) }")]
    [InlineData("{ ... on A { a } }", "{ ... { a } }")]
    [InlineData("{ a }", "{ a } { a }")]
    [InlineData("directive @d repeatable on FIELD", "directive @d on FIELD")]
    [InlineData("\"doc\" type A { a: Int }", "type A { a: Int }")]
    [InlineData("schema { query: Q }", "schema { mutation: Q }")]
    public void Tells_structurally_different_documents_apart(string left, string right) =>
        Assert.False(SyntaxComparer.Instance.Equals(Parser.Parse(left), Parser.Parse(right)));
}
