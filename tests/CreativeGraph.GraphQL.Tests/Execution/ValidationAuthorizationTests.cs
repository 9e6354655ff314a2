using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.Tests.Execution.Support;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Tests.Execution;

/// <summary>
/// <c>@authorize(apply: VALIDATION)</c>: the rules of every field an operation selects are decided once, before
/// execution; a denial is a request error (no data, nothing resolved) with the locations of the guarded fields.
/// </summary>
public sealed class ValidationAuthorizationTests
{
    private readonly FakeAuthorizationHandler _handler = new();
    private int _resolved;

    private RequestExecutor Create() => new(SchemaBuilder.FromSdl("""
            type Query {
              title: String
              report: Report
              animals: [Animal!]
            }

            type Report {
              title: String
              secret: String @authorize(policy: "staff", apply: VALIDATION)
            }

            interface Animal {
              name: String
            }

            type Dog implements Animal {
              name: String @authorize(policy: "staff", apply: VALIDATION)
            }

            type Cat implements Animal {
              name: String
            }
            """)
        .BindResolver("Query", "title", _ =>
        {
            Interlocked.Increment(ref _resolved);
            return "Annual report";
        })
        .BindResolver("Query", "report", _ => new Dictionary<string, object?> { ["title"] = "2010", ["secret"] = "42" }, isPure: true)
        .BindResolver("Query", "animals", _ => new object[] { new Dictionary<string, object?> { ["__typename"] = "Cat", ["name"] = "Tom" } }, isPure: true)
        .Build());

    private async Task<(ExecutionResult Result, string Json)> RunAsync(string query, FakeCaller? caller, IServiceProvider? services)
    {
        ExecutionResult result = await Create().ExecuteAsync(FakeAuthorizationHandler.Request(query, caller, services));
        return (result, ResultWriter.ToJson(result));
    }

    [Fact]
    public async Task An_operation_without_guarded_fields_runs_without_asking_the_handler()
    {
        (_, string json) = await RunAsync("{ title report { title } }", caller: null, _handler);

        Assert.Equal("""{"data":{"title":"Annual report","report":{"title":"2010"}}}""", json);
        Assert.Empty(_handler.Calls);
    }

    [Fact]
    public async Task An_anonymous_caller_is_refused_before_anything_resolves()
    {
        (ExecutionResult result, string json) = await RunAsync("query Report { title report { secret } }", caller: null, _handler);

        Assert.Equal(
            """{"errors":[{"message":"This operation is available only to authenticated callers.","locations":[{"line":1,"column":31}],"extensions":{"code":"AUTH_NOT_AUTHENTICATED"}}]}""",
            json);
        Assert.Equal(RequestErrorKind.Authorization, result.ErrorKind);
        Assert.Equal(0, _resolved);
        Assert.Equal(["Report: @authorize(policy: staff, roles: [], apply: Validation)"], _handler.Calls);
    }

    [Fact]
    public async Task A_caller_the_rule_does_not_admit_is_refused_with_AUTH_NOT_AUTHORIZED()
    {
        (_, string json) = await RunAsync("{ report { secret } }", new FakeCaller([], []), _handler);

        Assert.Equal(
            """{"errors":[{"message":"The caller is not authorized to access this operation.","locations":[{"line":1,"column":12}],"extensions":{"code":"AUTH_NOT_AUTHORIZED"}}]}""",
            json);
    }

    [Fact]
    public async Task A_caller_the_rule_admits_runs_the_operation_and_the_handler_was_asked_once()
    {
        (_, string json) = await RunAsync("query Twice { a: report { secret } b: report { secret } }", new FakeCaller([], ["staff"]), _handler);

        Assert.Equal("""{"data":{"a":{"secret":"42"},"b":{"secret":"42"}}}""", json);
        Assert.Equal(["Twice: @authorize(policy: staff, roles: [], apply: Validation)"], _handler.Calls);
    }

    [Fact]
    public async Task A_rule_on_a_possible_type_counts_for_a_field_selected_through_an_interface_fragment()
    {
        (_, string json) = await RunAsync("query Zoo { animals { ...Named } }\nfragment Named on Animal { name }", caller: null, _handler);

        Assert.Equal(
            """{"errors":[{"message":"This operation is available only to authenticated callers.","locations":[{"line":2,"column":28}],"extensions":{"code":"AUTH_NOT_AUTHENTICATED"}}]}""",
            json);
    }

    [Fact]
    public async Task Without_a_handler_the_operation_is_refused_with_AUTH_NO_HANDLER()
    {
        (_, string json) = await RunAsync("{ report { secret } }", new FakeCaller([], ["staff"]), services: null);

        Assert.Equal(
            """{"errors":[{"message":"This operation requires authorization, but the server has no authorization handler to decide it.","locations":[{"line":1,"column":12}],"extensions":{"code":"AUTH_NO_HANDLER"}}]}""",
            json);
    }
}
