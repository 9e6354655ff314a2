using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    [Fact]
    public void Prints_an_anonymous_query_in_shorthand() =>
        Assert.Equal("{\n  a\n}", SyntaxPrinter.Print(Parser.Parse("query { a }")));

    [Fact]
    public void Prints_an_operation_like_graphql_js()
    {
        DocumentNode document = Parser.Parse(
            """
            query Q($a: Int = 1 @d, $b: [String!]!) @op { alias: f(x: 1, y: { a: [1, 2], b: "s" }) @skip(if: $a) { ...F ... on T { b } ... @include(if: true) { c } } }
            fragment F on T @d { a }
            mutation { m }
            subscription S { s }
            """);

        Assert.Equal(
            """
            query Q($a: Int = 1 @d, $b: [String!]!) @op {
              alias: f(x: 1, y: {a: [1, 2], b: "s"}) @skip(if: $a) {
                ...F
                ... on T {
                  b
                }
                ... @include(if: true) {
                  c
                }
              }
            }

            fragment F on T @d {
              a
            }

            mutation {
              m
            }

            subscription S {
              s
            }
            """,
            SyntaxPrinter.Print(document));
    }

    [Fact]
    public void Puts_long_argument_lists_on_their_own_lines()
    {
        DocumentNode document = Parser.Parse("{ field(argumentNumberOne: \"aaaaaaaaaaaaaaaa\", argumentNumberTwo: \"bbbbbbbbbbbbbbbbbbbb\") }");
        Assert.Equal(
            """
            {
              field(
                argumentNumberOne: "aaaaaaaaaaaaaaaa"
                argumentNumberTwo: "bbbbbbbbbbbbbbbbbbbb"
              )
            }
            """,
            SyntaxPrinter.Print(document));
    }

    [Fact]
    public void Prints_descriptions_on_operations_fragments_and_variables()
    {
        DocumentNode document = Parser.Parse("\"op\" query Q(\"v\" $a: Int) { a } \"\"\"frag\"\"\" fragment F on T { a }");
        Assert.Equal(
            """"
            "op"
            query Q(
              "v"
              $a: Int
            ) {
              a
            }

            """frag"""
            fragment F on T {
              a
            }
            """",
            SyntaxPrinter.Print(document));
    }

    [Fact]
    public void Prints_type_system_definitions_like_graphql_js()
    {
        const string sdl = """"
            "The schema"
            schema @a {
              query: Query
              mutation: Mutation
            }

            extend schema @b

            scalar Url @specifiedBy(url: "https://example.com")

            extend scalar Url @c

            """
            Multi
            line
            """
            type Query implements Node & Entity @key(fields: "id") {
              "one line"
              node(id: ID! = "x" @deprecated, n: [Int] = [1]): Node @cost(weight: 1)
              other(
                """
                arg
                doc
                """
                a: Int
              ): String
            }

            extend type Query implements Other

            interface Node implements Entity {
              id: ID!
            }

            extend interface Node @x

            union U = A | B

            extend union U = C

            enum E {
              A @deprecated(reason: "no")
              "b"
              B
            }

            extend enum E {
              C
            }

            input I @oneOf {
              a: Int = 1
              b: [String!]
            }

            extend input I {
              c: Boolean
            }

            "directive doc"
            directive @d(a: Int) repeatable on FIELD | FRAGMENT_SPREAD
            """";

        Assert.Equal(sdl, SyntaxPrinter.Print(Parser.Parse(sdl)));
    }

    [Theory]
    [InlineData("a\"\\\n\r\t\b\f/", "\"a\\\"\\\\\\n\\r\\t\\b\\f/\"")]
    [InlineData("\u0001\u001F\u007F\u009F é😀", "\"\\u0001\\u001F\\u007F\\u009F é😀\"")]
    public void Escapes_strings_like_graphql_js_printString(string value, string expected) =>
        Assert.Equal(expected, SyntaxPrinter.Print(new StringValueNode { Value = value }));

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData("triple \"\"\" quote", "\"\"\"triple \\\"\"\" quote\"\"\"")]
    [InlineData("\"\"\"", "\"\"\"\n\\\"\"\"\n\"\"\"")]
    [InlineData("  leading", "\"\"\"  leading\"\"\"")]
    [InlineData("trailing \"", "\"\"\"\ntrailing \"\n\"\"\"")]
    [InlineData("trailing \\", "\"\"\"\ntrailing \\\n\"\"\"")]
    [InlineData("first\n  second", "\"\"\"\nfirst\n  second\n\"\"\"")]
    [InlineData("  first\nsecond", "\"\"\"\n  first\nsecond\n\"\"\"")]
    [InlineData("first\n\nthird", "\"\"\"\nfirst\n\nthird\n\"\"\"")]
    public void Prints_block_strings_like_graphql_js_printBlockString(string value, string expected)
    {
        string printed = SyntaxPrinter.Print(new StringValueNode { Value = value, Block = true });
        Assert.Equal(expected, printed);
        Assert.Equal(value, ((StringValueNode)Parser.ParseValue(printed)).Value);
    }

    [Fact]
    public void Prints_values_and_types_on_their_own()
    {
        Assert.Equal("{a: [1, 2.5e3, null, true, ENUM, $v], b: {}}", SyntaxPrinter.Print(Parser.ParseValue("{ a: [1 2.5e3 null true ENUM $v] b: {} }")));
        Assert.Equal("[[String!]]!", SyntaxPrinter.Print(Parser.ParseType("[ [ String ! ] ] !")));
        Assert.Equal("[[String!]]!", Parser.ParseType("[[String!]]!").ToString());
    }
}
