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
        partner.Fields["projects"]!.ContextData[CostMetadata.AssumedSize] = 20;
        ObjectType query = Object("Query", Field("partners", ListOf(partner), null, Argument("first", S.Int)));
        query.Fields["partners"]!.ContextData[CostMetadata.AssumedSize] = 100;
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
}
