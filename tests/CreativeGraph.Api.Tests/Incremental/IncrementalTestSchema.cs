using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Api.Tests.Incremental;

/// <summary>
/// The small schema both engines run in the incremental differential test. graphql-js builds it from this schema's
/// printed SDL, with resolvers written to the same rules (GraphQLJs/incremental-differential.test.mjs): an item's
/// friends are its id times ten plus 1 to 3, <c>even</c> (non-null) fails on even ids, <c>boom</c> always fails.
/// </summary>
internal static class IncrementalTestSchema
{
    private sealed record Item(int Id);

    public static Schema Build() => new SchemaBuilder()
        .AddIncrementalDelivery()
        .AddObjectType("Item", t =>
        {
            t.RuntimeType<Item>();
            t.Field("id").Type("Int!");
            t.Field("name").Type("String").Resolve(c => "n" + c.GetParent<Item>().Id);
            t.Field("tags").Type("[String!]").Resolve(c => new[] { "t" + c.GetParent<Item>().Id, "u" + c.GetParent<Item>().Id });
            t.Field("friends").Type("[Item]").Resolve(c => new[] { 1, 2, 3 }.Select(i => new Item((c.GetParent<Item>().Id * 10) + i)).ToArray());
            t.Field("boom").Type("String").Resolve(_ => throw new GraphQLException("Boom.", "BOOM"));
            t.Field("even").Type("String!").Resolve(c => c.GetParent<Item>().Id % 2 == 0 ? null : "odd");
        })
        .AddQueryType("Query", t =>
        {
            t.Field("items").Type("[Item]").Resolve(_ => new[] { 1, 2, 3, 4, 5 }.Select(i => new Item(i)).ToArray());
            t.Field("nonNullItems").Type("[Item!]!").Resolve(_ => new[] { 1, 3, 4, 5, 7 }.Select(i => new Item(i)).ToArray());
            t.Field("hero").Type("Item").Resolve(_ => new Item(1));
        })
        .Build();
}
