using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Tests.Execution.Cost;

public sealed class OperationAnalyzerTests
{
    internal const string Sdl = """
        type Query {
          partners(first: Int, last: Int): [Partner!]! @listSize(assumedSize: 50, slicingArguments: ["first", "last"], requireOneSlicingArgument: false)
          people(first: Int, last: Int): [Partner!]! @listSize(slicingArguments: ["first", "last"])
          projects(first: Int, after: String): ProjectConnection! @cost(weight: "2") @listSize(slicingArguments: ["first"], sizedFields: ["edges", "nodes"])
          search(term: String @cost(weight: "4.5"), limit: Int = 10): [Project!]! @listSize(slicingArguments: ["limit"], requireOneSlicingArgument: false)
          recent(count: Int): [Project!]! @listSize(slicingArguments: ["count"], slicingArgumentDefaultValue: 7, requireOneSlicingArgument: false)
          filtered(where: ProjectFilter, first: Int): [Project!]! @listSize(slicingArguments: ["first"], requireOneSlicingArgument: false)
        }

        input ProjectFilter {
          title: String @cost(weight: "3")
          and: [ProjectFilter!]
          country: CountryFilter
        }

        input CountryFilter {
          code: String
        }

        type Partner {
          name: String!
          country: Country! @cost(weight: "2.5")
          projects: [Project!]! @listSize(assumedSize: 20)
        }

        type Country {
          code: String!
        }

        type Project {
          title: String!
          tags: [String!]!
        }

        type ProjectConnection {
          edges: [ProjectEdge!]!
          nodes: [Project!]!
          pageInfo: PageInfo!
          totalCount: Int! @cost(weight: "10")
        }

        type ProjectEdge {
          cursor: String!
          node: Project!
        }

        type PageInfo {
          hasNextPage: Boolean!
        }
        """;

    private static readonly Schema s_schema = SchemaBuilder.FromSdl(Sdl).Build();

    internal static OperationAnalysis Analyze(Schema schema, string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        DocumentNode document = Parser.Parse(query);
        OperationDefinitionNode operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        return OperationAnalyzer.Analyze(schema, document, operation, schema.QueryType, variables ?? new Dictionary<string, object?>());
    }

    // IBM cost spec #sec-Type-Cost as HotChocolate counts it: the root object, then every composite value the response
    // can hold, lists multiplied by their size; scalars and enums count nothing (issue 17).
    [Theory]
    [InlineData("{ partners(first: 10) { name } }", 11d)]                                  // root + 10 partners
    [InlineData("{ partners(first: 10) { name country { code } } }", 21d)]                 // root + 10 × (partner + country)
    [InlineData("{ partners(first: 10) { projects { title } } }", 211d)]                  // root + 10 × (partner + 20 projects)
    [InlineData("{ projects(first: 5) { totalCount } }", 2d)]                              // root + the connection
    [InlineData("{ projects(first: 5) { nodes { title } pageInfo { hasNextPage } } }", 8d)] // root + connection + 5 nodes + pageInfo
    [InlineData("{ projects(first: 5) { edges { node { title } } } }", 12d)]              // root + connection + 5 × (edge + node)
    [InlineData("{ search(term: \"x\") { title } }", 11d)]                                  // the limit argument's default, 10
    [InlineData("{ __typename }", 1d)]
    public void Computes_type_cost_as_the_objects_the_response_can_hold(string query, double typeCost) =>
        Assert.Equal(typeCost, Analyze(s_schema, query).TypeCost);

    [Fact]
    public void Type_cost_of_a_fragment_follows_the_type_it_is_spread_into()
    {
        OperationAnalysis analysis = Analyze(s_schema, """
            { partners(first: 2) { ...P } a: partners(first: 3) { ...P } }
            fragment P on Partner { country { code } }
            """);

        Assert.Equal(1d + (2 * 2) + (3 * 2), analysis.TypeCost);
    }

    [Fact]
    public void A_streamed_list_and_a_deferred_fragment_cost_what_they_cost_delivered_at_once()
    {
        Schema schema = SchemaBuilder.FromSdl(Sdl).AddIncrementalDelivery().Build();
        OperationAnalysis whole = Analyze(schema, "{ partners(first: 10) { name country { code } projects { title tags } } }");
        OperationAnalysis incremental = Analyze(schema, """
            { partners(first: 10) @stream(initialCount: 1) { name ... @defer { country { code } } projects @stream { title tags } } }
            """);

        Assert.Equal(whole.Cost, incremental.Cost);
        Assert.Equal(whole.TypeCost, incremental.TypeCost);
    }

    [Fact]
    public void Computes_cost_from_cost_and_list_size_directives_in_SDL()
    {
        // partners (1) + 10 × (name (0) + country (2.5 + code 0) + projects (1 + 20 × (title 0 + tags 1))) = 1 + 10 × 23.5
        OperationAnalysis analysis = Analyze(s_schema, "{ partners(first: 10) { name country { code } projects { title tags } } }");

        Assert.Equal(236d, analysis.Cost);
        Assert.Null(analysis.Error);
    }

    [Fact]
    public void Counts_a_slicing_argument_above_the_fields_maximum_as_that_maximum()
    {
        // A field that can return at most 50 elements (a connection's maximum page size, refused above it at execution).
        Schema schema = SchemaBuilder.FromSdl(Sdl).Build();
        schema.QueryType.Fields["partners"]!.ContextData[CostMetadata.MaxListSize] = 50;

        // partners (1) + 50 × country (2.5), whether 2 147 483 647 or 50 elements are asked for; 49 still counts as 49.
        Assert.Equal(126d, Analyze(schema, "{ partners(first: 2147483647) { country { code } } }").Cost);
        Assert.Equal(126d, Analyze(schema, "{ partners(first: 5, last: 2147483647) { country { code } } }").Cost);
        Assert.Equal(123.5d, Analyze(schema, "{ partners(first: 49) { country { code } } }").Cost);
        Assert.Equal(2147483647 * 2.5 + 1, Analyze(s_schema, "{ partners(first: 2147483647) { country { code } } }").Cost);
    }

    [Fact]
    public void Uses_the_assumed_size_when_no_slicing_argument_is_given()
    {
        // partners (1) + 50 × country (2.5)
        Assert.Equal(126d, Analyze(s_schema, "{ partners { country { code } } }").Cost);
    }

    [Fact]
    public void Sizes_the_edges_and_nodes_of_a_connection_by_its_slicing_argument()
    {
        const string Query = """
            query Page($n: Int) {
              projects(first: $n) {
                totalCount
                pageInfo { hasNextPage }
                edges { cursor node { title } }
                nodes { title }
              }
            }
            """;

        // projects (2) + totalCount (10) + pageInfo (1) + edges (1 + n × node 1) + nodes (1 + n × 0)
        OperationAnalysis five = Analyze(s_schema, Query, new Dictionary<string, object?> { ["n"] = 5 });
        OperationAnalysis hundred = Analyze(s_schema, Query, new Dictionary<string, object?> { ["n"] = 100 });

        Assert.Equal(20d, five.Cost);
        Assert.Equal(115d, hundred.Cost);
    }

    [Fact]
    public void Sizes_the_sized_fields_of_a_connection_inside_fragments_too()
    {
        const string Query = """
            query Page($n: Int) {
              a: projects(first: $n) { ...Edges }
              b: projects(first: 1) { ...Edges }
            }

            fragment Edges on ProjectConnection { edges { node { title } } }
            """;

        // a: 2 + (1 + 8 × 1); b: 2 + (1 + 1 × 1) — the fragment is walked once per size
        Assert.Equal(15d, Analyze(s_schema, Query, new Dictionary<string, object?> { ["n"] = 8 }).Cost);
    }

    [Fact]
    public void Adds_the_weights_of_the_arguments_given_and_slices_by_an_arguments_default_value()
    {
        // search (1 + term 4.5) + limit's default 10 × tags (1)
        Assert.Equal(15.5d, Analyze(s_schema, """{ search(term: "film") { title tags } }""").Cost);

        // without term its weight is not added; limit: 3
        Assert.Equal(4d, Analyze(s_schema, "{ search(limit: 3) { tags } }").Cost);
    }

    [Fact]
    public void Uses_the_slicing_argument_default_value_when_no_slicing_argument_is_given()
    {
        Assert.Equal(8d, Analyze(s_schema, "{ recent { tags } }").Cost);
        Assert.Equal(4d, Analyze(s_schema, "{ recent(count: 3) { tags } }").Cost);
    }

    [Fact]
    public void Reports_a_missing_slicing_argument_when_exactly_one_is_required()
    {
        OperationAnalysis analysis = Analyze(s_schema, "{ list: projects { totalCount } }");

        GraphQLError error = Assert.IsType<GraphQLError>(analysis.Error);
        Assert.Equal("Exactly one slicing argument must be defined.", error.Message);
        Assert.Equal("HC0082", error.Code);
        Assert.Equal((1, 3), (error.Locations![0].Line, error.Locations[0].Column));
        Assert.Equal("/list", error.Path!.ToString());
    }

    [Fact]
    public void Reports_two_slicing_arguments_when_exactly_one_is_required()
    {
        OperationAnalysis analysis = Analyze(s_schema, """
            {
              partners(first: 1) {
                name
              }
              people(first: 1, last: 2) {
                name
              }
            }
            """);

        GraphQLError error = Assert.IsType<GraphQLError>(analysis.Error);
        Assert.Equal("HC0082", error.Code);
        Assert.Equal((5, 3), (error.Locations![0].Line, error.Locations[0].Column));
        Assert.Equal("/people", error.Path!.ToString());
    }

    [Fact]
    public void Accepts_exactly_one_slicing_argument_and_counts_an_absent_or_null_variable_as_none()
    {
        Assert.Null(Analyze(s_schema, "{ people(last: 2) { name } }").Error);
        Assert.Null(Analyze(s_schema, "query Q($n: Int) { people(first: $n, last: 2) { name } }").Error);
        Assert.NotNull(Analyze(s_schema, "query Q($n: Int) { people(first: $n) { name } }", new Dictionary<string, object?> { ["n"] = null }).Error);
    }

    [Fact]
    public void Weighs_input_objects_and_their_fields_given_as_literals_or_variables()
    {
        // filtered (1) + where (1 + title 3 + and (1 + [title 3] + [country (1 + code 0)])) + 2 × tags (1)
        const string Literal = """{ filtered(first: 2, where: { title: "a", and: [{ title: "b" }, { country: { code: "FR" } }] }) { tags } }""";
        Dictionary<string, object?> where = new()
        {
            ["title"] = "a",
            ["and"] = new List<object?>
            {
                new Dictionary<string, object?> { ["title"] = "b" },
                new Dictionary<string, object?> { ["country"] = new Dictionary<string, object?> { ["code"] = "FR" } },
            },
        };

        Assert.Equal(12d, Analyze(s_schema, Literal).Cost);
        Assert.Equal(12d, Analyze(s_schema, "query Q($w: ProjectFilter) { filtered(first: 2, where: $w) { tags } }", new Dictionary<string, object?> { ["w"] = where }).Cost);
        Assert.Equal(3d, Analyze(s_schema, "query Q($w: ProjectFilter) { filtered(first: 2, where: $w) { tags } }").Cost);
    }
}
