using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using static CreativeGraph.GraphQL.Tests.Execution.Support.TestSchema;
using S = CreativeGraph.GraphQL.TypeSystem.BuiltInScalars;

namespace CreativeGraph.GraphQL.Tests.Response;

public sealed class ExecutionResultTests
{
    private static RequestExecutor ProjectExecutor() => Executor(Create(Object(
        "Query",
        Field("project", Object("Project", Field("title", S.String, c => ((string[])c.Parent!)[0])), c => new[] { c.ArgumentValue<string>("title") }, Argument("title", S.String)))));

    [Fact]
    public async Task Disposing_a_result_recycles_its_maps_for_the_next_request_of_the_document()
    {
        RequestExecutor executor = ProjectExecutor();
        ExecutionResult first = await executor.ExecuteAsync(new GraphQLRequest { Query = """query($t: String) { project(title: $t) { title } }""", Variables = new Dictionary<string, object?> { ["t"] = "Atlas" } });
        ResultMap firstProject = (ResultMap)((ResultMap)first.Data!)["project"]!;
        Assert.Equal("""{"data":{"project":{"title":"Atlas"}}}""", ResultWriter.ToJson(first));

        first.Dispose();
        first.Dispose();
        ExecutionResult second = await executor.ExecuteAsync(new GraphQLRequest { Query = """query($t: String) { project(title: $t) { title } }""", Variables = new Dictionary<string, object?> { ["t"] = "Borealis" } });

        Assert.Null(first.Data);
        Assert.Same(firstProject, ((ResultMap)second.Data!)["project"]);
        Assert.Equal("""{"data":{"project":{"title":"Borealis"}}}""", ResultWriter.ToJson(second));
    }

    [Fact]
    public async Task An_undisposed_result_keeps_its_data()
    {
        RequestExecutor executor = ProjectExecutor();
        ExecutionResult first = await executor.ExecuteAsync(new GraphQLRequest { Query = """{ project(title: "Atlas") { title } }""" });
        ExecutionResult second = await executor.ExecuteAsync(new GraphQLRequest { Query = """{ project(title: "Atlas") { title } }""" });

        Assert.NotSame(((ResultMap)first.Data!)["project"], ((ResultMap)second.Data!)["project"]);
        Assert.Equal("""{"data":{"project":{"title":"Atlas"}}}""", ResultWriter.ToJson(first));
    }
}
