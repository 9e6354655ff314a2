using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Tests.TestSchemas;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Tests.TypeSystem.Printing;

public sealed class SchemaPrinterTests
{
    private static string RoundTrip(string sdl) => SchemaPrinter.Print(SchemaBuilder.FromSdl(sdl).Build());

    [Fact]
    public void Prints_types_in_definition_order_without_built_in_scalars_or_introspection()
    {
        const string sdl = """
            type Query {
              dog: Dog
              when: DateTime
            }

            type Dog implements Pet & Named {
              name: String!
              age(unit: Unit = YEARS, round: Boolean! = true): Int
            }

            interface Pet implements Named {
              name: String!
            }

            interface Named {
              name: String!
            }

            enum Unit {
              YEARS
              MONTHS
            }

            union DogOrCat = Dog | Cat

            type Cat {
              name: String
            }

            scalar DateTime @specifiedBy(url: "https://www.graphql-scalars.com/date-time")
            """;

        Assert.Equal(sdl, RoundTrip(sdl));
    }

    [Fact]
    public void Prints_descriptions_as_block_strings()
    {
        const string sdl = """
            "The root type."
            type Query {
              "A single-line description."
              a(
                "First argument."
                first: Int = 10

                "Second argument,\nover two lines."
                second: [String!] = ["x", "y"]
              ): String
            }
            """;

        Assert.Equal(
            """"
            """The root type."""
            type Query {
              """A single-line description."""
              a(
                """First argument."""
                first: Int = 10

                """
                Second argument,
                over two lines.
                """
                second: [String!] = ["x", "y"]
              ): String
            }
            """",
            RoundTrip(sdl));
    }

    [Fact]
    public void Prints_deprecations_omitting_the_default_reason()
    {
        const string sdl = """
            type Query {
              a: String @deprecated
              b(old: Int @deprecated(reason: "Use `a`.")): String @deprecated(reason: "Use `a`.")
              c: Color
              d(filter: Filter): String
            }

            enum Color {
              RED
              BLUE @deprecated
            }

            input Filter {
              name: String @deprecated(reason: "Gone")
            }
            """;

        Assert.Equal(sdl, RoundTrip(sdl));
    }

    [Fact]
    public void Prints_the_schema_definition_only_for_non_default_roots_or_a_description()
    {
        const string custom = """
            schema {
              query: Root
              mutation: Change
            }

            type Root {
              a: String
            }

            type Change {
              b: String
            }
            """;
        const string described = """"
            """A described schema."""
            schema {
              query: Query
            }

            type Query {
              a: String
            }
            """";
        const string plain = """
            type Query {
              a: String
            }

            type Mutation {
              b: String
            }
            """;

        Assert.Equal(custom, RoundTrip(custom));
        Assert.Equal(described, RoundTrip(described.Replace("\"\"\"A described schema.\"\"\"", "\"A described schema.\"", StringComparison.Ordinal)));
        Assert.Equal(plain, RoundTrip(plain));
    }

    [Fact]
    public void Prints_a_type_named_Mutation_that_is_not_the_root_with_a_schema_definition()
    {
        const string sdl = """
            schema {
              query: Query
            }

            type Query {
              latestVirus: Virus
            }

            type Virus {
              name: String
              mutations: [Mutation]
            }

            type Mutation {
              name: String
            }
            """;

        Assert.Equal(sdl, RoundTrip(sdl));
    }

    [Fact]
    public void Prints_custom_directives_oneOf_and_repeatable_but_not_the_built_in_directives()
    {
        const string sdl = """
            "Cost of a field."
            directive @cost(weight: String!) on FIELD_DEFINITION | OBJECT

            directive @tag(name: String!) repeatable on OBJECT

            type Query {
              a(by: Lookup): String
            }

            input Lookup @oneOf {
              id: ID
              name: String
            }
            """;

        Assert.Equal(sdl.Replace("\"Cost of a field.\"", "\"\"\"Cost of a field.\"\"\"", StringComparison.Ordinal), RoundTrip(sdl));
    }

    [Fact]
    public void Prints_code_first_schemas_with_clr_default_values()
    {
        Schema schema = new SchemaBuilder()
            .AddQueryType("Query", t => t
                .Field("regions")
                .Type("[String!]!")
                .Argument("first", "Int", a => a.DefaultValue(10))
                .Argument("ratio", "Float", a => a.DefaultValue(1.0))
                .Argument("where", "Filter", a => a.DefaultValue(new Dictionary<string, object?> { ["name"] = "Tus", ["min"] = 2.5 })))
            .AddInputObjectType("Filter", t =>
            {
                t.Field("name").Type("String");
                t.Field("min").Type("Float");
            })
            .Build();

        Assert.Equal(
            """
            type Query {
              regions(first: Int = 10, ratio: Float = 1, where: Filter = {name: "Tus", min: 2.5}): [String!]!
            }

            input Filter {
              name: String
              min: Float
            }
            """,
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Round_trips_the_spec_example_schema()
    {
        string printed = SchemaPrinter.Print(SpecExampleSchema.Schema);
        Schema reparsed = SchemaBuilder.FromSdl(printed).Build();

        Assert.Equal(printed, SchemaPrinter.Print(reparsed));
        Assert.Contains("type Human implements Sentient & Being & Mind {", printed, StringComparison.Ordinal);
        Assert.Contains("directive @repeatable repeatable on FIELD", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("__Schema", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("scalar String", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("directive @skip", printed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("One line.", true)]
    [InlineData("Two\nlines", true)]
    [InlineData("\nleading newline", false)]
    [InlineData("trailing newline\n", false)]
    [InlineData("  indented\n  everywhere", false)]
    [InlineData("carriage\rreturn", false)]
    [InlineData("bell\u0007", false)]
    public void Decides_like_graphql_js_whether_a_description_prints_as_a_block_string(string value, bool expected) =>
        Assert.Equal(expected, SchemaPrinter.IsPrintableAsBlockString(value));

    [Fact]
    public void Prints_a_non_block_description_as_an_escaped_string()
    {
        Schema schema = new SchemaBuilder().AddQueryType("Query", t => t.Description("\nstarts with a newline").Field("a").Type("Int")).Build();

        Assert.StartsWith("\"\\nstarts with a newline\"\ntype Query", SchemaPrinter.Print(schema), StringComparison.Ordinal);
        Assert.Equal(SyntaxKind.StringValue, new StringValueNode { Value = "x" }.Kind);
    }

    [Fact]
    public void Prints_hotchocolate_scalars_with_description_and_specified_by_and_long_descriptions_over_three_lines()
    {
        Schema schema = new SchemaBuilder()
            .AddQueryType("Query", t =>
            {
                t.Field("at").Type("DateTime!");
                t.Field("id").Type("UUID");
            })
            .Build();

        Assert.Equal(
            """"
            type Query {
              at: DateTime!
              id: UUID
            }

            """The `DateTime` scalar represents an ISO-8601 compliant date time type."""
            scalar DateTime @specifiedBy(url: "https://www.graphql-scalars.com/date-time")

            """
            The `UUID` scalar represents a universally unique identifier (RFC 4122).
            """
            scalar UUID
            """",
            SchemaPrinter.Print(schema));
    }
}
