using System.Text.Json;
using CreativeGraph.Data.Core;
using CreativeGraph.Data.Tests.Fixtures;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data.Tests;

/// <summary>
/// A source rented per call (a pooled DbContext) is disposed after its page was read, and only then; a default
/// order applies when the request gives none.
/// </summary>
public sealed class QueryableFieldOwnerTests
{
    private readonly List<Owner> _owners = [];

    [Fact]
    public async Task Disposes_the_owner_once_after_the_page_and_its_count_were_read()
    {
        JsonElement result = await ExecuteAsync("{ regions(first: 2, order: [{ rank: DESC }]) { totalCount nodes { name } } }");

        Assert.Equal("""{"regions":{"totalCount":3,"nodes":[{"name":"c"},{"name":"b"}]}}""", result.GetProperty("data").GetRawText());
        Owner owner = Assert.Single(_owners);
        Assert.Equal(1, owner.Disposals);
        Assert.True(owner.ReadBeforeDisposal);
    }

    [Fact]
    public async Task Disposes_the_owner_when_the_arguments_are_refused()
    {
        JsonElement result = await ExecuteAsync("{ regions(first: 1000) { nodes { name } } }");

        Assert.Equal("HC0051", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(1, Assert.Single(_owners).Disposals);
    }

    [Fact]
    public async Task The_default_order_applies_only_without_an_order_argument()
    {
        JsonElement byDefault = await ExecuteAsync("{ regions { nodes { name } } }");
        JsonElement byArgument = await ExecuteAsync("{ regions(order: [{ name: ASC }]) { nodes { name } } }");

        Assert.Equal("""{"regions":{"nodes":[{"name":"c"},{"name":"b"},{"name":"a"}]}}""", byDefault.GetProperty("data").GetRawText());
        Assert.Equal("""{"regions":{"nodes":[{"name":"a"},{"name":"b"},{"name":"c"}]}}""", byArgument.GetProperty("data").GetRawText());
    }

    private async Task<JsonElement> ExecuteAsync(string query)
    {
        SchemaBuilder builder = new();
        builder.AddObjectType("Region", t =>
        {
            t.RuntimeType<Region>();
            t.Field("name").Type("String!");
        });
        builder.AddQueryType("Query", t => t.QueryableField(builder, "regions", _ => Rent()).UsePaging().UseSorting().DefaultOrder(("rank", true)));
        ExecutionResult result = await new RequestExecutor(builder.Build()).ExecuteAsync(new GraphQLRequest { Query = query });
        using JsonDocument document = JsonDocument.Parse(ResultWriter.ToJson(result));
        return document.RootElement.Clone();
    }

    private RentedQuery<Region> Rent()
    {
        Owner owner = new();
        _owners.Add(owner);
        Region[] rows = [new() { Id = 1, Name = "a", Rank = 1 }, new() { Id = 2, Name = "b", Rank = 2 }, new() { Id = 3, Name = "c", Rank = 3 }];
        return new RentedQuery<Region>(rows.Select(r => owner.Read(r)).AsQueryable(), owner);
    }

    private sealed class Owner : IAsyncDisposable
    {
        public int Disposals { get; private set; }

        public bool ReadBeforeDisposal { get; private set; } = true;

        public Region Read(Region region)
        {
            ReadBeforeDisposal &= Disposals == 0;
            return region;
        }

        public ValueTask DisposeAsync()
        {
            Disposals++;
            return ValueTask.CompletedTask;
        }
    }
}
