using CreativeGraph.GraphQL.AspNetCore.PersistedOperations;
using Microsoft.Extensions.Options;

namespace CreativeGraph.GraphQL.AspNetCore.Tests;

public sealed class InMemoryPersistedQueryStoreTests
{
    [Fact]
    public async Task Keeps_at_most_its_capacity_evicting_the_least_recently_used()
    {
        InMemoryPersistedQueryStore store = new(Options.Create(new PersistedOperationOptions { AutomaticPersistedQueryCacheSize = 2 }));

        await store.SaveAsync("a", "{ a }", default);
        await store.SaveAsync("b", "{ b }", default);
        Assert.Equal("{ a }", await store.TryGetAsync("a", default));   // a is now more recent than b
        await store.SaveAsync("c", "{ c }", default);

        Assert.Equal(2, store.Count);
        Assert.Null(await store.TryGetAsync("b", default));
        Assert.Equal("{ a }", await store.TryGetAsync("a", default));
        Assert.Equal("{ c }", await store.TryGetAsync("c", default));
    }

    [Fact]
    public async Task Saving_a_known_hash_again_keeps_one_entry()
    {
        InMemoryPersistedQueryStore store = new(Options.Create(new PersistedOperationOptions { AutomaticPersistedQueryCacheSize = 2 }));

        await store.SaveAsync("a", "{ a }", default);
        await store.SaveAsync("a", "{ a }", default);

        Assert.Equal(1, store.Count);
    }
}
