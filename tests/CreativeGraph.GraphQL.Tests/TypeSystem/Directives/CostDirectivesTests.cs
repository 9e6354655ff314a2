using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.Tests.Execution.Cost;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Tests.TypeSystem.Directives;

public sealed class CostDirectivesTests
{
    private const string Sdl = """
        type Query {
          projects(first: Int, after: String): ProjectConnection! @cost(weight: "2") @listSize(slicingArguments: ["first"], sizedFields: ["edges", "nodes"])
          search(term: String @cost(weight: "4.5")): [Project!]! @listSize(assumedSize: 20, requireOneSlicingArgument: false)
          recent(count: Int): [Project!]! @listSize(slicingArguments: ["count"], slicingArgumentDefaultValue: 7, requireOneSlicingArgument: false)
        }

        type ProjectConnection {
          edges: [Project!]!
          nodes: [Project!]!
        }

        type Project {
          title: String!
          tags: [String!]!
        }
        """;

    // HotChocolate's signatures (HotChocolate 14/15 CostAnalysis), with our descriptions.
    private const string Definitions = """"
        """
        Gives a schema element the weight it adds to an operation's cost each time it is, or may be, selected or given.
        """
        directive @cost(
          """The weight, a number written as a string (for example "2.5")."""
          weight: String!
        ) on SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM | ENUM_VALUE

        """
        Tells the cost analysis how long the list a field returns is, or which of its arguments say so.
        """
        directive @listSize(
          """The list size assumed when no slicing argument gives one."""
          assumedSize: Int

          """The field's arguments whose value is the list size."""
          slicingArguments: [String!]

          """The list size used when no slicing argument is given."""
          slicingArgumentDefaultValue: Int

          """
          Sub-fields whose lists have the size, instead of the field itself (a connection's edges and nodes).
          """
          sizedFields: [String!]

          """
          Whether a selection of the field must give exactly one slicing argument.
          """
          requireOneSlicingArgument: Boolean! = true
        ) on FIELD_DEFINITION
        """";

    private static Schema CodeFirst() => new SchemaBuilder()
        .AddQueryType("Query", t =>
        {
            t.Field("projects").Type("ProjectConnection!").Argument("first", "Int").Argument("after", "String")
                .Cost(2).ListSize(slicingArguments: ["first"], sizedFields: ["edges", "nodes"]);
            t.Field("search").Type("[Project!]!").Argument("term", "String", a => a.Cost(4.5))
                .ListSize(assumedSize: 20, requireOneSlicingArgument: false);
            t.Field("recent").Type("[Project!]!").Argument("count", "Int")
                .ListSize(slicingArguments: ["count"], requireOneSlicingArgument: false, slicingArgumentDefaultValue: 7);
        })
        .AddObjectType("ProjectConnection", t =>
        {
            t.Field("edges").Type("[Project!]!");
            t.Field("nodes").Type("[Project!]!");
        })
        .AddObjectType("Project", t =>
        {
            t.Field("title").Type("String!");
            t.Field("tags").Type("[String!]!");
        })
        .Build();

    [Fact]
    public void Prints_the_definitions_of_the_cost_directives_a_schema_uses_and_their_uses()
    {
        string printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(Sdl).Build());

        Assert.Equal(Definitions + "\n\n" + Sdl, printed);
    }

    [Fact]
    public void Printed_SDL_with_the_definitions_builds_the_same_schema_again()
    {
        string printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(Sdl).Build());

        Schema again = SchemaBuilder.FromSdl(printed).Build();

        Assert.Equal(printed, SchemaPrinter.Print(again));
        Assert.Equal(2d, again.QueryType.Fields["projects"]!.ContextData[CostMetadata.Weight]);
    }

    [Fact]
    public void Adds_only_the_cost_directives_a_schema_uses()
    {
        Schema none = SchemaBuilder.FromSdl("type Query { a: [String] }").Build();
        Schema costOnly = SchemaBuilder.FromSdl("""type Query { a: [String] @cost(weight: "3") }""").Build();

        Assert.False(none.TryGetDirective("cost", out _));
        Assert.False(none.TryGetDirective("listSize", out _));
        Assert.Equal("type Query {\n  a: [String]\n}", SchemaPrinter.Print(none));
        Assert.True(costOnly.TryGetDirective("cost", out DirectiveDefinition? cost));
        Assert.False(cost.IsRepeatable);
        Assert.False(costOnly.TryGetDirective("listSize", out _));
    }

    [Fact]
    public void Code_first_cost_and_list_size_build_the_same_schema_as_SDL()
    {
        Schema fromSdl = SchemaBuilder.FromSdl(Sdl).Build();
        Schema codeFirst = CodeFirst();
        const string Query = """{ projects(first: 3) { edges { title tags } } search(term: "x") { tags } }""";

        Assert.Equal(SchemaPrinter.Print(fromSdl), SchemaPrinter.Print(codeFirst));

        // projects 2 + edges (1 + 3 × tags 1) + search (1 + term 4.5 + 20 × tags 1)
        Assert.Equal(31.5d, OperationAnalyzerTests.Analyze(fromSdl, Query).Cost);
        Assert.Equal(31.5d, OperationAnalyzerTests.Analyze(codeFirst, Query).Cost);
        Assert.Equal("20||||False", Describe(fromSdl, "search"));
        Assert.Equal(Describe(fromSdl, "search"), Describe(codeFirst, "search"));
        Assert.Equal("|first||edges,nodes|True", Describe(fromSdl, "projects"));
        Assert.Equal(Describe(fromSdl, "projects"), Describe(codeFirst, "projects"));
        Assert.Equal("|count|7||False", Describe(fromSdl, "recent"));
        Assert.Equal(Describe(fromSdl, "recent"), Describe(codeFirst, "recent"));
    }

    private static string Describe(Schema schema, string field) =>
        schema.QueryType.Fields[field]!.ContextData[CostMetadata.ListSize] is ListSizeSettings s
            ? $"{s.AssumedSize}|{string.Join(',', s.SlicingArguments)}|{s.SlicingArgumentDefaultValue}|{string.Join(',', s.SizedFields)}|{s.RequireOneSlicingArgument}"
            : "none";

    [Fact]
    public void Rejects_a_weight_that_is_not_a_number_and_a_weight_of_the_wrong_type()
    {
        SchemaException notANumber = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("""type Query { a: Int @cost(weight: "heavy") }""").Build());
        SchemaException wrongType = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query { a: Int @cost(weight: 5) }").Build());

        GraphQLError error = Assert.Single(notANumber.Errors);
        Assert.Equal("The @cost weight \"heavy\" of Query.a is not a number.", error.Message);
        Assert.Equal((1, 14), (error.Locations![0].Line, error.Locations[0].Column));
        Assert.Equal("Directive \"@cost\" argument \"weight\" has invalid value 5.", Assert.Single(wrongType.Errors).Message);
    }
}
