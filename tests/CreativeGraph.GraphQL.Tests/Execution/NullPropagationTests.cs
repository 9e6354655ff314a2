using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;
using static CreativeGraph.GraphQL.Tests.Execution.Support.TestSchema;
using S = CreativeGraph.GraphQL.TypeSystem.BuiltInScalars;

namespace CreativeGraph.GraphQL.Tests.Execution;

/// <summary>Spec #sec-Handling-Execution-Errors and #sec-Executing-Selection-Sets.Errors-and-Non-Null-Fields.</summary>
public sealed class NullPropagationTests
{
    private static RequestExecutor Create(RequestExecutorOptions? options = null)
    {
        ObjectType dog = Object(
            "Dog",
            Field("name", NonNull(S.String), c => ((IReadOnlyDictionary<string, object?>)c.Parent!)["name"]),
            Field("nickname", S.String, c => ((IReadOnlyDictionary<string, object?>)c.Parent!)["name"]),
            Field("fails", S.String, (FieldResolver)(_ => throw new InvalidOperationException("secret"))),
            Field("failsNonNull", NonNull(S.String), (FieldResolver)(_ => throw new GraphQLException("Not allowed.", "AUTH_NOT_AUTHORIZED"))),
            Field("failedTask", S.String, (FieldResolver)(_ => new ValueTask<object?>(Task.FromException<object?>(new GraphQLException("Failed already.", "FAILED_ALREADY"))))),
            Field("asyncFails", NonNull(S.String), (FieldResolver)(async _ =>
            {
                await Task.Yield();
                throw new InvalidOperationException("later");
            })));
        ObjectType query = Object(
            "Query",
            Field("dog", dog, _ => new Dictionary<string, object?> { ["name"] = null }),
            Field("goodDog", dog, _ => new Dictionary<string, object?> { ["name"] = "Rex" }),
            Field("strictDog", NonNull(dog), _ => new Dictionary<string, object?> { ["name"] = null }),
            Field("dogs", ListOf(NonNull(dog)), _ => new object?[] { new Dictionary<string, object?> { ["name"] = "A" }, null }),
            Field("maybeDogs", ListOf(dog), _ => new object?[] { new Dictionary<string, object?> { ["name"] = "A" }, new Dictionary<string, object?> { ["name"] = null } }),
            Field("notAList", ListOf(S.String), _ => 42),
            Field("kennels", ListOf(ListOf(dog)), _ => new object?[]
            {
                new object?[] { new Dictionary<string, object?> { ["name"] = "A" } },
                new object?[] { new Dictionary<string, object?> { ["name"] = "B" }, new Dictionary<string, object?> { ["name"] = null } },
            }));
        return Executor(Support.TestSchema.Create(query), options);
    }

    [Fact]
    public async Task Null_in_a_non_null_field_nulls_the_nearest_nullable_parent()
    {
        string json = await Create().RunAsync("{ dog { nickname name } goodDog { name } }");

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Dog.name.","locations":[{"line":1,"column":18}],"path":["dog","name"],"extensions":{"code":"HC0018"}}],"data":{"dog":null,"goodDog":{"name":"Rex"}}}""",
            json);
    }

    [Fact]
    public async Task A_resolver_task_that_already_failed_reports_its_error_before_the_fields_after_it()
    {
        // The executor holds an object's one pending field until the others have started; a task that failed
        // already is not held, so the errors keep the order of the fields.
        string json = await Create().RunAsync("{ goodDog { failedTask fails: failsNonNull } }");

        Assert.StartsWith(
            """{"errors":[{"message":"Failed already.","locations":[{"line":1,"column":13}],"path":["goodDog","failedTask"],"extensions":{"code":"FAILED_ALREADY"}},{"message":"Not allowed.",""",
            json);
    }

    [Fact]
    public async Task Propagation_through_non_null_fields_reaches_data()
    {
        string json = await Create().RunAsync("{ goodDog { name } strictDog { name } }");

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Dog.name.","locations":[{"line":1,"column":32}],"path":["strictDog","name"],"extensions":{"code":"HC0018"}}],"data":null}""",
            json);
    }

    [Fact]
    public async Task A_null_item_in_a_list_of_non_null_nulls_the_list()
    {
        string json = await Create().RunAsync("{ dogs { name } }");

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.dogs.","locations":[{"line":1,"column":3}],"path":["dogs",1],"extensions":{"code":"HC0018"}}],"data":{"dogs":null}}""",
            json);
    }

    [Fact]
    public async Task A_failed_item_in_a_list_of_nullable_items_becomes_null()
    {
        string json = await Create().RunAsync("{ maybeDogs { name } }");

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Dog.name.","locations":[{"line":1,"column":15}],"path":["maybeDogs",1,"name"],"extensions":{"code":"HC0018"}}],"data":{"maybeDogs":[{"name":"A"},null]}}""",
            json);
    }

    [Fact]
    public async Task Masks_unexpected_exceptions_and_reports_one_error_per_position()
    {
        string json = await Create().RunAsync("{ goodDog { fails name } }");

        Assert.Equal(
            """{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":13}],"path":["goodDog","fails"],"extensions":{"code":"HC0001"}}],"data":{"goodDog":{"fails":null,"name":"Rex"}}}""",
            json);
    }

    [Fact]
    public async Task Shows_exception_details_only_when_enabled()
    {
        string json = await Create(new RequestExecutorOptions { IncludeExceptionDetails = true }).RunAsync("{ goodDog { fails } }");

        Assert.Contains("\"extensions\":{\"code\":\"HC0001\",\"message\":\"secret\",\"stackTrace\":", json);
    }

    [Fact]
    public async Task Keeps_graphql_exception_codes_and_propagates_without_a_second_error()
    {
        string json = await Create().RunAsync("{ goodDog { failsNonNull } }");

        Assert.Equal(
            """{"errors":[{"message":"Not allowed.","locations":[{"line":1,"column":13}],"path":["goodDog","failsNonNull"],"extensions":{"code":"AUTH_NOT_AUTHORIZED"}}],"data":{"goodDog":null}}""",
            json);
    }

    [Fact]
    public async Task Async_resolver_errors_propagate_like_sync_ones()
    {
        string json = await Create().RunAsync("{ goodDog { name asyncFails } }");

        Assert.Equal(
            """{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":18}],"path":["goodDog","asyncFails"],"extensions":{"code":"HC0001"}}],"data":{"goodDog":null}}""",
            json);
    }

    [Fact]
    public async Task A_non_list_value_for_a_list_field_is_a_field_error()
    {
        string json = await Create().RunAsync("{ notAList }");

        Assert.Equal(
            """{"errors":[{"message":"Expected Iterable, but did not find one for field \"Query.notAList\".","locations":[{"line":1,"column":3}],"path":["notAList"],"extensions":{"code":"HC0096"}}],"data":{"notAList":null}}""",
            json);
    }

    [Fact]
    public async Task Error_paths_inside_list_items_name_every_index()
    {
        string json = await Create().RunAsync("{ maybeDogs { name } kennels { name } }");

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Dog.name.","locations":[{"line":1,"column":15}],"path":["maybeDogs",1,"name"],"extensions":{"code":"HC0018"}},{"message":"Cannot return null for non-nullable field Dog.name.","locations":[{"line":1,"column":32}],"path":["kennels",1,1,"name"],"extensions":{"code":"HC0018"}}],"data":{"maybeDogs":[{"name":"A"},null],"kennels":[[{"name":"A"}],[{"name":"B"},null]]}}""",
            json);
    }
}
