using CreativeGraph.Api.KnowledgeGraph;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Api.Tests;

/// <summary>
/// Personal data cannot leak through filtering or sorting (issue 6): <c>where: { email: { startsWith: "a" } }</c> and
/// <c>order: [{ email: ASC }]</c> are refused before execution on every root connection, whether written in the
/// document or sent as a variable, for every caller (the inputs simply have no such field). The schema contract test
/// checks that no filter or sort input has a personal-data member at all.
/// </summary>
public sealed class PersonalDataFilteringTests
{
    private static readonly Schema s_schema = KnowledgeGraphSchema.Create();
    private static readonly RequestExecutor s_executor = new(s_schema);

    public static TheoryData<string> FilterableConnections() => [.. ConnectionsWith("where")];

    public static TheoryData<string> SortableConnections() => [.. ConnectionsWith("order")];

    [Fact]
    public void The_root_lists_can_be_filtered_and_sorted()
    {
        string[] filterable = ConnectionsWith("where");
        string[] sortable = ConnectionsWith("order");

        Assert.Contains("regions", filterable);
        Assert.Contains("partners", filterable);
        Assert.Contains("regions", sortable);
        Assert.Contains("partners", sortable);
    }

    [Theory]
    [MemberData(nameof(FilterableConnections))]
    public async Task A_where_on_email_is_a_validation_error(string connection)
    {
        string filterType = FilterType(connection);

        GraphQLError error = await RefusedAsync($$"""{ {{connection}}(where: { email: { startsWith: "a" } }) { totalCount } }""", variables: null, RequestErrorKind.Validation);

        Assert.Equal($"Field \"email\" is not defined by type \"{filterType}\".", error.Message);
    }

    [Theory]
    [MemberData(nameof(FilterableConnections))]
    public async Task A_where_on_email_in_a_variable_is_refused(string connection)
    {
        string filterType = FilterType(connection);
        Dictionary<string, object?> variables = new()
        {
            ["where"] = new Dictionary<string, object?> { ["email"] = new Dictionary<string, object?> { ["startsWith"] = "a" } },
        };

        GraphQLError error = await RefusedAsync($$"""query ($where: {{filterType}}) { {{connection}}(where: $where) { totalCount } }""", variables, RequestErrorKind.VariableCoercion);

        Assert.Contains("email", error.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.ExecutionInvalidValue, error.Code);
    }

    [Theory]
    [MemberData(nameof(SortableConnections))]
    public async Task An_order_on_email_is_a_validation_error(string connection)
    {
        string sortType = s_schema.QueryType.Fields[connection]!.Arguments["order"]!.Type.NamedType().Name;

        GraphQLError error = await RefusedAsync($$"""{ {{connection}}(order: [{ email: ASC }]) { totalCount } }""", variables: null, RequestErrorKind.Validation);

        Assert.Equal($"Field \"email\" is not defined by type \"{sortType}\".", error.Message);
    }

    [Fact]
    public async Task A_where_or_order_on_email_is_refused_on_a_nested_people_connection_too()
    {
        GraphQLError filter = await RefusedAsync("""{ partner(slug: "city-of-leipzig") { people(where: { email: { startsWith: "a" } }) { totalCount } } }""", variables: null, RequestErrorKind.Validation);
        GraphQLError order = await RefusedAsync("""{ partner(slug: "city-of-leipzig") { people(order: [{ email: ASC }]) { totalCount } } }""", variables: null, RequestErrorKind.Validation);

        Assert.Equal("Field \"email\" is not defined by type \"PersonFilterInput\".", filter.Message);
        Assert.Equal("Field \"email\" is not defined by type \"PersonSortInput\".", order.Message);
    }

    private static string[] ConnectionsWith(string argument) =>
        [.. s_schema.QueryType.Fields.Where(f => f.Arguments.ContainsField(argument) && f.Type.NamedType().Name.EndsWith("Connection", StringComparison.Ordinal)).Select(f => f.Name)];

    private static string FilterType(string connection) => s_schema.QueryType.Fields[connection]!.Arguments["where"]!.Type.NamedType().Name;

    private static async Task<GraphQLError> RefusedAsync(string query, IReadOnlyDictionary<string, object?>? variables, RequestErrorKind kind)
    {
        using ExecutionResult result = await s_executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables });

        Assert.False(result.HasData, "a refused request is not executed");
        Assert.Equal(kind, result.ErrorKind);
        return Assert.Single(result.Errors);
    }
}
