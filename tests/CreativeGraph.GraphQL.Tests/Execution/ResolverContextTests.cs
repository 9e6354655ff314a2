using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;
using static CreativeGraph.GraphQL.Tests.Execution.Support.TestSchema;
using S = CreativeGraph.GraphQL.TypeSystem.BuiltInScalars;

namespace CreativeGraph.GraphQL.Tests.Execution;

public sealed class ResolverContextTests
{
    private sealed class Services(object service) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType.IsInstanceOfType(service) ? service : null;
    }

    private sealed class Echo : CacheDataLoader<string, string>
    {
        protected internal override Task<string> LoadSingleAsync(string key, CancellationToken cancellationToken) => Task.FromResult(key + "!");
    }

    [Fact]
    public async Task Reported_errors_keep_the_value_and_get_the_field_path()
    {
        ObjectType query = Object("Query", Field("warn", S.String, c =>
        {
            c.ReportError(new GraphQLError("Deprecated data.", "DATA_DEPRECATED"));
            return "value";
        }));

        string json = await Executor(Create(query)).RunAsync("{ a: warn }");

        Assert.Equal(
            """{"errors":[{"message":"Deprecated data.","locations":[{"line":1,"column":3}],"path":["a"],"extensions":{"code":"DATA_DEPRECATED"}}],"data":{"a":"value"}}""",
            json);
    }

    [Fact]
    public async Task Exposes_the_selections_below_a_field_for_projections()
    {
        ObjectType item = Object("Item", Field("id", S.ID), Field("name", S.String));
        ObjectType query = Object("Query", Field("item", item, c =>
            new Dictionary<string, object?> { ["name"] = string.Join(",", c.GetSelections((ObjectType)c.Field.Type).Select(s => s.ResponseName + ":" + s.Field.Name)) }));

        string json = await Executor(Create(query)).RunAsync("{ item { n: name ... on Item { id } __typename } }");

        Assert.Equal("""{"data":{"item":{"n":"n:name,id:id","id":null,"__typename":"Item"}}}""", json);
    }

    [Fact]
    public async Task Exposes_the_selections_of_deeper_levels_through_a_selected_field()
    {
        ObjectType leaf = Object("Leaf", Field("a", S.String), Field("b", S.String));
        ObjectType box = Object("Box", Field("leaf", leaf));
        ObjectType query = Object("Query", Field("box", box, c =>
        {
            SelectedField selected = c.GetSelections(box).Single();
            return new Dictionary<string, object?>
            {
                ["leaf"] = new Dictionary<string, object?> { ["a"] = string.Join(",", c.GetSelections(selected, leaf).Select(s => s.ResponseName)) },
            };
        }));

        string json = await Executor(Create(query)).RunAsync("{ box { leaf { a ...F x: b } } } fragment F on Leaf { b @include(if: false) a }");

        Assert.Equal("""{"data":{"box":{"leaf":{"a":"a,x","x":null}}}}""", json);
    }

    [Fact]
    public async Task Takes_data_loaders_from_request_services_first()
    {
        Echo loader = new();
        ObjectType query = Object("Query", Field("echo", S.String, (FieldResolver)(async c => await c.DataLoader<Echo>().LoadAsync("hi"))));
        RequestExecutor executor = Executor(Create(query));

        ExecutionResult result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ echo }", Services = new Services(loader) });
        ExecutionResult missing = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ echo }" });

        Assert.Equal("""{"data":{"echo":"hi!"}}""", ResultWriter.ToJson(result));
        Assert.Equal(1, loader.BatchCount);
        Assert.Equal("Unexpected Execution Error", Assert.Single(missing.Errors).Message);
    }

    [Fact]
    public async Task Gives_resolvers_the_path_arguments_variables_and_context_data()
    {
        ObjectType item = Object("Item", Field("where", S.String, c => $"{c.Path} {c.ArgumentValue<int>("n")} {c.Variables["v"]} {c.ContextData["user"]}", Argument("n", S.Int)));
        ObjectType query = Object("Query", Field("items", ListOf(item), _ => new object[] { 1, 2 }));

        ExecutionResult result = await Executor(Create(query)).ExecuteAsync(new GraphQLRequest
        {
            Query = "query Q($v: Int) { items { where(n: $v) } }",
            Variables = new Dictionary<string, object?> { ["v"] = 5 },
            ContextData = new Dictionary<string, object?> { ["user"] = "ada" },
        });

        Assert.Equal("""{"data":{"items":[{"where":"/items[0]/where 5 5 ada"},{"where":"/items[1]/where 5 5 ada"}]}}""", ResultWriter.ToJson(result));
    }
}
