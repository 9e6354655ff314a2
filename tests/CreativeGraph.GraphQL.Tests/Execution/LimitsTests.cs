using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;
using static CreativeGraph.GraphQL.Tests.Execution.Support.TestSchema;
using S = CreativeGraph.GraphQL.TypeSystem.BuiltInScalars;

namespace CreativeGraph.GraphQL.Tests.Execution;

public sealed class LimitsTests
{
    private static Schema CreateSchema()
    {
        ObjectType project = Object("Project", Field("title", S.String));
        ObjectType partner = Object(
            "Partner",
            Field("name", S.String),
            Field("projects", ListOf(project), null, Argument("first", S.Int)));
        partner.Fields["projects"]!.ContextData[CostMetadata.ListSize] = new ListSizeSettings { AssumedSize = 20, SlicingArguments = ["first"], RequireOneSlicingArgument = false };
        ObjectType query = Object("Query", Field("partners", ListOf(partner), null, Argument("first", S.Int)));
        query.Fields["partners"]!.ContextData[CostMetadata.ListSize] = new ListSizeSettings { AssumedSize = 100, SlicingArguments = ["first"], RequireOneSlicingArgument = false };
        return Create(query);
    }

    [Fact]
    public async Task Computes_cost_with_slicing_arguments_and_assumed_sizes()
    {
        RequestExecutor executor = Executor(CreateSchema(), new RequestExecutorOptions { MaxCost = 50 });

        // partners (1) + 10 × (name (0) + projects (1) + 20 × title (0)) = 11
        ExecutionResult cheap = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ partners(first: 10) { name projects { title } } }" });

        // partners (1) + 100 × (projects (1) + 5 × title (0)) = 101
        ExecutionResult expensive = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = "query Q($n: Int) { partners { projects(first: $n) { title } } }",
            Variables = new Dictionary<string, object?> { ["n"] = 5 },
        });

        Assert.True(cheap.HasData);
        Assert.Equal(RequestErrorKind.LimitExceeded, expensive.ErrorKind);
        Assert.Equal(
            """{"errors":[{"message":"The maximum allowed field cost was exceeded: the operation costs 101 and the limit is 50.","extensions":{"code":"HC0047","fieldCost":101,"maxFieldCost":50}}]}""",
            ResultWriter.ToJson(expensive));
    }

    [Fact]
    public async Task Limits_depth_fields_and_aliases()
    {
        const string Query = "{ partners { a: name b: name projects { title } } }";

        ExecutionResult depth = await Executor(CreateSchema(), new RequestExecutorOptions { MaxExecutionDepth = 2 }).ExecuteAsync(new GraphQLRequest { Query = Query });
        ExecutionResult fields = await Executor(CreateSchema(), new RequestExecutorOptions { MaxFieldCount = 4 }).ExecuteAsync(new GraphQLRequest { Query = Query });
        ExecutionResult aliases = await Executor(CreateSchema(), new RequestExecutorOptions { MaxAliases = 1 }).ExecuteAsync(new GraphQLRequest { Query = Query });
        ExecutionResult fine = await Executor(CreateSchema(), new RequestExecutorOptions { MaxExecutionDepth = 3, MaxFieldCount = 5, MaxAliases = 2 }).ExecuteAsync(new GraphQLRequest { Query = Query });

        Assert.Equal(
            "The GraphQL document has an execution depth of 3 which exceeds the max allowed execution depth of 2.",
            Assert.Single(depth.Errors).Message);
        Assert.Equal("The GraphQL document selects 5 fields which exceeds the maximum allowed number of 4.", Assert.Single(fields.Errors).Message);
        Assert.Equal("The GraphQL document uses 2 aliases which exceeds the maximum allowed number of 1.", Assert.Single(aliases.Errors).Message);
        Assert.True(fine.HasData);
        Assert.Empty(fine.Errors);
    }

    [Fact]
    public async Task Introspection_costs_nothing_so_the_IDE_schema_query_always_runs()
    {
        RequestExecutor executor = Executor(CreateSchema(), new RequestExecutorOptions { MaxCost = 1, MaxExecutionDepth = 2 });

        ExecutionResult result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = "{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }",
        });

        Assert.True(result.HasData);
        Assert.Empty(result.Errors);
    }

    // A fragment fan-out bomb: each of 30 fragments spreads the next one twice, so the document stands for
    // 2^30 partner selections. The analysis walks each fragment once and refuses the operation by its cost: the
    // cost below counts 2^29 spreads, a number no expansion would reach.
    [Fact]
    public async Task Refuses_a_fragment_fan_out_bomb_by_its_cost_without_expanding_it()
    {
        const int Fragments = 30;
        System.Text.StringBuilder document = new("query Bomb { ...F0 }\n");
        for (int i = 0; i < Fragments - 1; i++)
        {
            document.Append(System.Globalization.CultureInfo.InvariantCulture, $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}\n");
        }

        document.Append(System.Globalization.CultureInfo.InvariantCulture, $"fragment F{Fragments - 1} on Query {{ partners(first: 1) {{ name }} }}\n");
        RequestExecutor executor = Executor(CreateSchema(), new RequestExecutorOptions());

        ExecutionResult result = await executor.ExecuteAsync(new GraphQLRequest { Query = document.ToString() });

        Assert.Equal(RequestErrorKind.LimitExceeded, result.ErrorKind);
        GraphQLError error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.ExecutionCostExceeded, error.Code);
        Assert.Equal(536_870_912d, Convert.ToDouble(error.Extensions!["fieldCost"], System.Globalization.CultureInfo.InvariantCulture)); // 2^29 spreads × cost 1
    }

    // A billion requested edges is priced by multiplication, not by walking them: refused before anything runs.
    [Fact]
    public async Task Refuses_a_billion_requested_edges_with_HC0047_before_executing()
    {
        RequestExecutor executor = new(SchemaBuilder.FromSdl(Cost.OperationAnalyzerTests.Sdl).Build(), new RequestExecutorOptions { MaxCost = 100 });

        ExecutionResult result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ projects(first: 1000000000) { edges { node { title } } } }" });

        // projects (2) + edges (1 + 10^9 × node 1)
        Assert.Equal(RequestErrorKind.LimitExceeded, result.ErrorKind);
        Assert.Equal(
            """{"errors":[{"message":"The maximum allowed field cost was exceeded: the operation costs 1000000003 and the limit is 100.","extensions":{"code":"HC0047","fieldCost":1000000003,"maxFieldCost":100}}]}""",
            ResultWriter.ToJson(result));
    }

    [Fact]
    public async Task Refuses_a_paged_field_without_its_required_slicing_argument_with_HC0082()
    {
        RequestExecutor executor = new(SchemaBuilder.FromSdl(Cost.OperationAnalyzerTests.Sdl).Build());

        ExecutionResult result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ projects { totalCount } }" });

        Assert.Equal(RequestErrorKind.LimitExceeded, result.ErrorKind);
        Assert.Equal(
            """{"errors":[{"message":"Exactly one slicing argument must be defined.","locations":[{"line":1,"column":3}],"path":["projects"],"extensions":{"code":"HC0082"}}]}""",
            ResultWriter.ToJson(result));
    }

    [Fact]
    public async Task A_cost_weight_refuses_many_aliases_of_an_expensive_field_before_any_resolver_runs()
    {
        int resolved = 0;
        Schema schema = new SchemaBuilder()
            .AddQueryType("Query", t =>
            {
                t.Field("search").Type("Int!").Argument("term", "String!").Cost(50).Resolve(_ => Interlocked.Increment(ref resolved));
                t.Field("cheap").Type("Int!").Resolve(_ => 1);
            })
            .Build();
        RequestExecutor executor = new(schema, new RequestExecutorOptions { MaxCost = 1000 });
        string Aliases(string field, int count) => "{ " + string.Concat(Enumerable.Range(0, count).Select(i => $"a{i}: {field} ")) + "}";

        ExecutionResult thousand = await executor.ExecuteAsync(new GraphQLRequest { Query = Aliases("search(term: \"1\")", 1000) });
        ExecutionResult twenty = await executor.ExecuteAsync(new GraphQLRequest { Query = Aliases("search(term: \"1\")", 20) });
        ExecutionResult twentyOne = await executor.ExecuteAsync(new GraphQLRequest { Query = Aliases("search(term: \"1\")", 21) });
        ExecutionResult cheap = await executor.ExecuteAsync(new GraphQLRequest { Query = Aliases("cheap", 1000) });

        Assert.Equal(
            """{"errors":[{"message":"The maximum allowed field cost was exceeded: the operation costs 50000 and the limit is 1000.","extensions":{"code":"HC0047","fieldCost":50000,"maxFieldCost":1000}}]}""",
            ResultWriter.ToJson(thousand));
        Assert.True(twenty.HasData);
        Assert.Equal("HC0047", Assert.Single(twentyOne.Errors).Code);
        Assert.True(cheap.HasData);
        Assert.Equal(20, resolved);
    }
}
