using CreativeGraph.Api.Research;
using CreativeGraph.Api.Research.Index;
using CreativeGraph.Api.Research.Traversal;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.Api.Tests.Research;

/// <summary>Every bound of a traversal is checked before the work and answered with its own code.</summary>
public sealed class TraversalLimitTests(SyntheticGraphFixture fixture) : IClassFixture<SyntheticGraphFixture>
{
    private static readonly NodeRef s_partner = new(NodeKind.Partner, 1);

    [Theory]
    [InlineData(-1, 10, ResearchErrorCodes.ResearchDepthOutOfRange, "depth")]
    [InlineData(6, 10, ResearchErrorCodes.ResearchDepthOutOfRange, "depth")]
    [InlineData(2, 0, ResearchErrorCodes.ResearchResultSizeOutOfRange, "first")]
    [InlineData(2, 501, ResearchErrorCodes.ResearchResultSizeOutOfRange, "first")]
    public async Task A_neighbourhood_argument_out_of_range_is_a_coded_error(int depth, int first, string code, string argument)
    {
        GraphQLException error = await Assert.ThrowsAsync<GraphQLException>(() =>
            fixture.Research.NeighbourhoodAsync(new("of", "x", s_partner), depth, RelationSet.All, Period.All, first, default));

        GraphQLError single = Assert.Single(error.Errors);
        Assert.Equal(code, single.Code);
        Assert.Equal(argument, single.Extensions!["argument"]);
    }

    [Theory]
    [InlineData(11, 1, ResearchErrorCodes.ResearchPathLengthOutOfRange)]
    [InlineData(-1, 1, ResearchErrorCodes.ResearchPathLengthOutOfRange)]
    [InlineData(6, 101, ResearchErrorCodes.ResearchResultSizeOutOfRange)]
    public async Task A_path_argument_out_of_range_is_a_coded_error(int maxLength, int first, string code)
    {
        GraphQLException error = await Assert.ThrowsAsync<GraphQLException>(() =>
            fixture.Research.ShortestPathsAsync(new("from", "a", s_partner), new("to", "b", s_partner), RelationSet.All, Period.All, maxLength, first, default));

        Assert.Equal(code, Assert.Single(error.Errors).Code);
    }

    [Fact]
    public async Task An_unknown_node_is_named_in_the_error()
    {
        var missing = new NodeRef(NodeKind.Project, 999_999);

        GraphQLException error = await Assert.ThrowsAsync<GraphQLException>(() =>
            fixture.Research.ShortestPathsAsync(new("from", "a", s_partner), new("to", "UHJvamVjdDo5OTk5OTk=", missing), RelationSet.All, Period.All, 6, 1, default));

        GraphQLError single = Assert.Single(error.Errors);
        Assert.Equal(ResearchErrorCodes.ResearchNodeNotFound, single.Code);
        Assert.Equal("to", single.Extensions!["argument"]);
        Assert.Equal("UHJvamVjdDo5OTk5OTk=", single.Extensions["id"]);
    }

    [Fact]
    public async Task A_search_that_would_visit_too_many_nodes_stops_with_a_coded_error()
    {
        ResearchGraph research = fixture.Database.Research(new ResearchOptions { MaxVisitedNodes = 30 });
        NodeRef country = new(NodeKind.Country, 1);
        NodeRef otherCountry = new(NodeKind.Country, 2);

        GraphQLException error = await Assert.ThrowsAsync<GraphQLException>(() =>
            research.ShortestPathsAsync(new("from", "a", country), new("to", "b", otherCountry), RelationSet.All, Period.All, 10, 1, default));

        GraphQLError single = Assert.Single(error.Errors);
        Assert.Equal(ResearchErrorCodes.ResearchTraversalTooLarge, single.Code);
        Assert.Equal(30, single.Extensions!["maxVisitedNodes"]);
    }
}
