using BenchmarkDotNet.Attributes;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Benchmarks;

/// <summary>
/// What <c>@authorize</c> costs: twenty objects with three plain fields, against the same with one of the three guarded
/// by a rule that a handler allows at once (so the figure is the executor's share, not a policy's).
/// </summary>
[MemoryDiagnoser]
public class AuthorizationBenchmarks
{
    private RequestExecutor _executor = null!;
    private GraphQLRequest _plain = null!;
    private GraphQLRequest _guarded = null!;

    [GlobalSetup]
    public void Setup()
    {
        object[] people = [.. Enumerable.Range(1, 20).Select(i => new Dictionary<string, object?> { ["id"] = i, ["name"] = "Person " + i, ["role"] = "Contact", ["email"] = $"p{i}@example.org" })];
        Schema schema = SchemaBuilder.FromSdl("""
                type Query {
                  people: [Person!]!
                }

                type Person {
                  id: Int!
                  name: String
                  role: String
                  email: String @authorize(policy: "personal-data")
                }
                """)
            .BindResolver("Query", "people", _ => people, isPure: true)
            .Build();
        _executor = new RequestExecutor(schema);
        AllowingHandler services = new();
        _plain = new GraphQLRequest { Query = "{ people { id name role } }", Services = services };
        _guarded = new GraphQLRequest { Query = "{ people { id name email } }", Services = services };
        foreach (GraphQLRequest request in new[] { _plain, _guarded })
        {
            using ExecutionResult result = _executor.ExecuteAsync(request).GetAwaiter().GetResult();
            if (result.Errors.Count > 0)
            {
                throw new InvalidOperationException(ResultWriter.ToJson(result));
            }
        }
    }

    [Benchmark(Baseline = true)]
    public Task TwentyObjectsThreePlainFields() => ExecuteAndDisposeAsync(_plain);

    [Benchmark]
    public Task TwentyObjectsOneGuardedField() => ExecuteAndDisposeAsync(_guarded);

    private async Task ExecuteAndDisposeAsync(GraphQLRequest request)
    {
        using ExecutionResult result = await _executor.ExecuteAsync(request).ConfigureAwait(false);
    }

    private sealed class AllowingHandler : IAuthorizationHandler, IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(IAuthorizationHandler) ? this : null;

        public ValueTask<AuthorizeResult> AuthorizeAsync(IResolverContext context, AuthorizeDirective directive) => new(AuthorizeResult.Allowed);

        public ValueTask<AuthorizeResult> AuthorizeAsync(AuthorizationContext context, IReadOnlyList<AuthorizeDirective> directives) => new(AuthorizeResult.Allowed);
    }
}
