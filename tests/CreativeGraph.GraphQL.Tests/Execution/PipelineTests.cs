using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Tests.Execution;

/// <summary>The whole request path over a schema built from SDL: parse, validate, execute, introspect.</summary>
public sealed class PipelineTests
{
    private static readonly RequestExecutor s_executor = new(SchemaBuilder.FromSdl("""
            type Query {
              dog: Dog
            }

            type Dog {
              name: String!
              barkVolume: Int
            }
            """)
        .BindResolver("Query", "dog", _ => new Dictionary<string, object?> { ["name"] = "Rex", ["barkVolume"] = 3 }, isPure: true)
        .Build());

    [Fact]
    public async Task Executes_a_valid_query()
    {
        ExecutionResult result = await s_executor.ExecuteAsync(new GraphQLRequest { Query = "{ dog { name barkVolume } }" });

        Assert.Equal("""{"data":{"dog":{"name":"Rex","barkVolume":3}}}""", ResultWriter.ToJson(result));
    }

    [Fact]
    public async Task Refuses_an_invalid_document_without_executing_it()
    {
        ExecutionResult result = await s_executor.ExecuteAsync(new GraphQLRequest { Query = "{ dog { meowVolume } }" });

        Assert.Equal(RequestErrorKind.Validation, result.ErrorKind);
        Assert.False(result.HasData);
        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public async Task Reports_a_syntax_error_with_its_location()
    {
        ExecutionResult result = await s_executor.ExecuteAsync(new GraphQLRequest { Query = "{ dog { name }" });

        Assert.Equal(RequestErrorKind.Syntax, result.ErrorKind);
        GraphQLError error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.SyntaxError, error.Code);
        Assert.Equal(1, Assert.Single(error.Locations!).Line);
    }

    [Fact]
    public async Task Answers_introspection_through_the_meta_fields()
    {
        ExecutionResult result = await s_executor.ExecuteAsync(new GraphQLRequest
        {
            Query = """{ __schema { queryType { name } } __type(name: "Dog") { kind fields { name type { kind ofType { name } } } } }""",
        });

        Assert.Equal(
            """{"data":{"__schema":{"queryType":{"name":"Query"}},"__type":{"kind":"OBJECT","fields":[{"name":"name","type":{"kind":"NON_NULL","ofType":{"name":"String"}}},{"name":"barkVolume","type":{"kind":"SCALAR","ofType":null}}]}}}""",
            ResultWriter.ToJson(result));
    }
}
