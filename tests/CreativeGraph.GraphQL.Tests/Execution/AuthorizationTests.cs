using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.Tests.Execution.Support;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Tests.Execution;

/// <summary>
/// <c>@authorize</c> in the executor: a denied field is null with a coded field error at its path and location (spec
/// #sec-Handling-Execution-Errors), its resolver never runs, the rest of the result is intact, and a non-null
/// guarded field propagates the null as any field error does.
/// </summary>
public sealed class AuthorizationTests
{
    private static readonly FakeCaller s_reader = new(["reader"], []);
    private static readonly FakeCaller s_researcher = new(["reader"], ["personal-data"]);
    private static readonly FakeCaller s_admin = new(["admin", "staff"], ["personal-data", "staff"]);

    private readonly FakeAuthorizationHandler _handler = new();
    private int _emailResolved;
    private int _auditResolved;

    private RequestExecutor Create() => new(SchemaBuilder.FromSdl("""
            type Query {
              person: Person
              people: [Person!]
              strictPerson: Person!
              staff: Staff
            }

            type Person {
              name: String!
              email: String @authorize(policy: "personal-data")
              phone: String @authorize(roles: ["admin"])
              badge: String! @authorize
              rank: String @authorize(roles: ["staff", "admin"]) @authorize(policy: "staff")
              vault: String @authorize(policy: "unknown")
              audit: String @authorize(policy: "personal-data", apply: AFTER_RESOLVER)
            }

            type Staff @authorize(roles: ["staff"]) {
              name: String
              salary: String @authorize(policy: "personal-data")
            }
            """)
        .BindResolver("Query", "person", _ => Person("Ada"), isPure: true)
        .BindResolver("Query", "strictPerson", _ => Person("Ada"), isPure: true)
        .BindResolver("Query", "people", _ => new[] { Person("Ada"), Person("Grace") }, isPure: true)
        .BindResolver("Query", "staff", _ => new Dictionary<string, object?> { ["name"] = "Lin", ["salary"] = "100" }, isPure: true)
        .BindResolver("Person", "email", c =>
        {
            Interlocked.Increment(ref _emailResolved);
            return ((IReadOnlyDictionary<string, object?>)c.Parent!)["email"];
        })
        .BindResolver("Person", "audit", _ =>
        {
            Interlocked.Increment(ref _auditResolved);
            return "seen";
        })
        .Build());

    private static Dictionary<string, object?> Person(string name) => new()
    {
        ["name"] = name,
        ["email"] = name.ToLowerInvariant() + "@example.org",
        ["phone"] = "+45 1234",
        ["badge"] = "B-7",
        ["rank"] = "lead",
        ["vault"] = "gold",
    };

    private Task<string> RunAsync(string query, FakeCaller? caller, IServiceProvider? services = null) =>
        RunAsync(Create(), query, caller, services ?? _handler);

    private static async Task<string> RunAsync(RequestExecutor executor, string query, FakeCaller? caller, IServiceProvider? services)
    {
        ExecutionResult result = await executor.ExecuteAsync(FakeAuthorizationHandler.Request(query, caller, services));
        return ResultWriter.ToJson(result);
    }

    [Fact]
    public async Task An_anonymous_caller_gets_null_and_AUTH_NOT_AUTHENTICATED_and_the_resolver_never_runs()
    {
        string json = await RunAsync("{ person { name email } }", caller: null);

        Assert.Equal(
            """{"errors":[{"message":"Person.email is available only to authenticated callers.","locations":[{"line":1,"column":17}],"path":["person","email"],"extensions":{"code":"AUTH_NOT_AUTHENTICATED"}}],"data":{"person":{"name":"Ada","email":null}}}""",
            json);
        Assert.Equal(0, _emailResolved);
    }

    [Fact]
    public async Task A_caller_the_policy_does_not_admit_gets_AUTH_NOT_AUTHORIZED()
    {
        string json = await RunAsync("{ person { email name } }", s_reader);

        Assert.Equal(
            """{"errors":[{"message":"The caller is not authorized to access Person.email.","locations":[{"line":1,"column":12}],"path":["person","email"],"extensions":{"code":"AUTH_NOT_AUTHORIZED"}}],"data":{"person":{"email":null,"name":"Ada"}}}""",
            json);
        Assert.Equal(0, _emailResolved);
    }

    [Fact]
    public async Task A_caller_the_policy_admits_gets_the_value()
    {
        string json = await RunAsync("{ person { name email } }", s_researcher);

        Assert.Equal("""{"data":{"person":{"name":"Ada","email":"ada@example.org"}}}""", json);
        Assert.Equal(1, _emailResolved);
    }

    [Fact]
    public async Task Roles_admit_a_caller_in_any_of_them()
    {
        Assert.Equal(
            """{"errors":[{"message":"The caller is not authorized to access Person.phone.","locations":[{"line":1,"column":12}],"path":["person","phone"],"extensions":{"code":"AUTH_NOT_AUTHORIZED"}}],"data":{"person":{"phone":null}}}""",
            await RunAsync("{ person { phone } }", s_researcher));
        Assert.Equal("""{"data":{"person":{"phone":"+45 1234"}}}""", await RunAsync("{ person { phone } }", s_admin));
    }

    [Fact]
    public async Task Every_rule_of_a_repeated_directive_must_admit_the_caller()
    {
        FakeCaller staffWithoutPolicy = new(["staff"], []);

        Assert.Equal(
            """{"errors":[{"message":"The caller is not authorized to access Person.rank.","locations":[{"line":1,"column":12}],"path":["person","rank"],"extensions":{"code":"AUTH_NOT_AUTHORIZED"}}],"data":{"person":{"rank":null}}}""",
            await RunAsync("{ person { rank } }", staffWithoutPolicy));
        Assert.Equal("""{"data":{"person":{"rank":"lead"}}}""", await RunAsync("{ person { rank } }", s_admin));
        Assert.Equal(
            [
                "/person/rank: @authorize(policy: null, roles: [staff, admin], apply: BeforeResolver)",
                "/person/rank: @authorize(policy: staff, roles: [], apply: BeforeResolver)",
                "/person/rank: @authorize(policy: null, roles: [staff, admin], apply: BeforeResolver)",
                "/person/rank: @authorize(policy: staff, roles: [], apply: BeforeResolver)",
            ],
            _handler.Calls);
    }

    [Fact]
    public async Task A_policy_the_server_does_not_define_is_AUTH_POLICY_NOT_FOUND()
    {
        string json = await RunAsync("{ person { vault } }", s_admin);

        Assert.Equal(
            """{"errors":[{"message":"Person.vault requires the authorization policy \"unknown\", which the server does not define.","locations":[{"line":1,"column":12}],"path":["person","vault"],"extensions":{"code":"AUTH_POLICY_NOT_FOUND"}}],"data":{"person":{"vault":null}}}""",
            json);
    }

    [Fact]
    public async Task A_rule_without_policy_or_roles_needs_the_default_policy()
    {
        FakeAuthorizationHandler noDefault = new() { HasDefaultPolicy = false };

        Assert.Equal("""{"data":{"person":{"badge":"B-7"}}}""", await RunAsync("{ person { badge } }", s_reader));
        Assert.Equal(
            """{"errors":[{"message":"Person.badge requires authorization, but the server defines no default authorization policy.","locations":[{"line":1,"column":12}],"path":["person","badge"],"extensions":{"code":"AUTH_NO_DEFAULT_POLICY"}}],"data":{"person":null}}""",
            await RunAsync("{ person { badge } }", s_reader, noDefault));
    }

    [Fact]
    public async Task A_denied_non_null_field_nulls_its_nearest_nullable_parent()
    {
        string json = await RunAsync("{ person { name badge } strictPerson { name } }", caller: null);

        Assert.Equal(
            """{"errors":[{"message":"Person.badge is available only to authenticated callers.","locations":[{"line":1,"column":17}],"path":["person","badge"],"extensions":{"code":"AUTH_NOT_AUTHENTICATED"}}],"data":{"person":null,"strictPerson":{"name":"Ada"}}}""",
            json);
    }

    [Fact]
    public async Task A_denial_propagates_through_non_null_fields_up_to_data()
    {
        string json = await RunAsync("{ strictPerson { badge } }", caller: null);

        Assert.Equal(
            """{"errors":[{"message":"Person.badge is available only to authenticated callers.","locations":[{"line":1,"column":18}],"path":["strictPerson","badge"],"extensions":{"code":"AUTH_NOT_AUTHENTICATED"}}],"data":null}""",
            json);
    }

    [Fact]
    public async Task Each_item_of_a_list_is_checked_and_reported_at_its_own_path()
    {
        string json = await RunAsync("{ people { name email } }", s_reader);

        Assert.Equal(
            """{"errors":[{"message":"The caller is not authorized to access Person.email.","locations":[{"line":1,"column":17}],"path":["people",0,"email"],"extensions":{"code":"AUTH_NOT_AUTHORIZED"}},{"message":"The caller is not authorized to access Person.email.","locations":[{"line":1,"column":17}],"path":["people",1,"email"],"extensions":{"code":"AUTH_NOT_AUTHORIZED"}}],"data":{"people":[{"name":"Ada","email":null},{"name":"Grace","email":null}]}}""",
            json);
    }

    [Fact]
    public async Task A_type_rule_guards_every_field_of_the_type_before_the_fields_own_rules()
    {
        FakeCaller staffMember = new(["staff"], []);

        Assert.Equal(
            """{"errors":[{"message":"The caller is not authorized to access Staff.name.","locations":[{"line":1,"column":22}],"path":["staff","name"],"extensions":{"code":"AUTH_NOT_AUTHORIZED"}}],"data":{"staff":{"__typename":"Staff","name":null}}}""",
            await RunAsync("{ staff { __typename name } }", s_researcher));
        Assert.Equal(
            """{"errors":[{"message":"The caller is not authorized to access Staff.salary.","locations":[{"line":1,"column":16}],"path":["staff","salary"],"extensions":{"code":"AUTH_NOT_AUTHORIZED"}}],"data":{"staff":{"name":"Lin","salary":null}}}""",
            await RunAsync("{ staff { name salary } }", staffMember));
        Assert.Equal("""{"data":{"staff":{"name":"Lin","salary":"100"}}}""", await RunAsync("{ staff { name salary } }", s_admin));
    }

    [Fact]
    public async Task An_after_resolver_rule_lets_the_resolver_run_and_withholds_its_value()
    {
        string denied = await RunAsync("{ person { audit } }", s_reader);
        string allowed = await RunAsync("{ person { audit } }", s_researcher);

        Assert.Equal(
            """{"errors":[{"message":"The caller is not authorized to access Person.audit.","locations":[{"line":1,"column":12}],"path":["person","audit"],"extensions":{"code":"AUTH_NOT_AUTHORIZED"}}],"data":{"person":{"audit":null}}}""",
            denied);
        Assert.Equal("""{"data":{"person":{"audit":"seen"}}}""", allowed);
        Assert.Equal(2, _auditResolved);
    }

    [Fact]
    public async Task Without_a_handler_in_the_request_services_every_guarded_field_is_denied()
    {
        string json = await RunAsync(Create(), "{ person { name email } }", s_admin, services: null);

        Assert.Equal(
            """{"errors":[{"message":"Person.email requires authorization, but the server has no authorization handler to decide it.","locations":[{"line":1,"column":17}],"path":["person","email"],"extensions":{"code":"AUTH_NO_HANDLER"}}],"data":{"person":{"name":"Ada","email":null}}}""",
            json);
        Assert.Equal(0, _emailResolved);
    }

    [Fact]
    public async Task Fields_without_rules_never_reach_the_handler()
    {
        await RunAsync("{ person { name } people { name } strictPerson { name } }", caller: null);

        Assert.Empty(_handler.Calls);
    }

    [Fact]
    public async Task A_handler_that_throws_is_an_unexpected_error_of_the_field()
    {
        ThrowingHandler throwing = new();

        string json = await RunAsync("{ person { name email } }", s_admin, throwing);

        Assert.Equal(
            """{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":17}],"path":["person","email"],"extensions":{"code":"HC0001"}}],"data":{"person":{"name":"Ada","email":null}}}""",
            json);
    }

    private sealed class ThrowingHandler : IAuthorizationHandler, IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(IAuthorizationHandler) ? this : null;

        public ValueTask<AuthorizeResult> AuthorizeAsync(IResolverContext context, AuthorizeDirective directive) =>
            throw new InvalidOperationException("policy store unavailable");

        public ValueTask<AuthorizeResult> AuthorizeAsync(AuthorizationContext context, IReadOnlyList<AuthorizeDirective> directives) =>
            throw new InvalidOperationException("policy store unavailable");
    }
}
