using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The validation rules of the incremental delivery RFC, worded as graphql-js 17 words them: they apply to requests
/// delivered incrementally (elsewhere the directives are ignored and graphql-js 16's rules decide).
/// </summary>
public sealed class DeferStreamRulesTests
{
    private static readonly RequestExecutor s_executor = new(new SchemaBuilder()
        .AddIncrementalDelivery()
        .AddSdl("""
            type Query { hero: Hero heroes: [Hero] }
            type Mutation { rename: Hero }
            type Hero { name: String }
            """)
        .Build());

    private static async Task<string> FirstErrorAsync(string query)
    {
        using ExecutionResult result = await s_executor.ExecuteAsync(new GraphQLRequest { Query = query, EnableIncrementalDelivery = true });
        return Assert.Single(result.Errors).Message;
    }

    [Fact]
    public async Task Rejects_a_label_given_as_a_variable() => Assert.Equal(
        "Argument \"@defer(label:)\" must be a static string.",
        await FirstErrorAsync("query Q($l: String) { hero { ... @defer(label: $l) { name } } }"));

    [Fact]
    public async Task Rejects_two_directives_with_the_same_label() => Assert.Equal(
        "Defer/Stream directive label argument must be unique.",
        await FirstErrorAsync("{ hero { ... @defer(label: \"a\") { name } } heroes @stream(label: \"a\") { name } }"));

    [Fact]
    public async Task Rejects_defer_on_the_root_fields_of_a_mutation() => Assert.Equal(
        "Defer directive cannot be used on root mutation type \"Mutation\".",
        await FirstErrorAsync("mutation { ... @defer { rename { name } } }"));

    [Fact]
    public async Task A_request_delivered_at_once_ignores_the_directives()
    {
        using ExecutionResult result = await s_executor.ExecuteAsync(new GraphQLRequest { Query = "{ hero @stream { name } }" });

        Assert.Empty(result.Errors);
    }

    [Fact]
    public async Task Rejects_stream_on_a_field_that_is_not_a_list() => Assert.Equal(
        "Directive \"@stream\" cannot be used on non-list field \"Query.hero\".",
        await FirstErrorAsync("{ hero @stream { name } }"));
}
