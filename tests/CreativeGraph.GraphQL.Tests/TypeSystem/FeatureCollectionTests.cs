using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Tests.TypeSystem;

public sealed class FeatureCollectionTests
{
    private sealed record Printed(string Text);

    [Fact]
    public void A_feature_is_created_once_per_element_and_kept_on_it()
    {
        Schema first = new SchemaBuilder().AddQueryType("Query", t => t.Field("a").Type("Int")).Build();
        Schema second = new SchemaBuilder().AddQueryType("Query", t => t.Field("b").Type("Int")).Build();
        int created = 0;

        Printed a = first.Features.GetOrAdd(first, s => new Printed(SchemaPrinter.Print(s) + ++created));
        Printed again = first.Features.GetOrAdd(first, s => new Printed(SchemaPrinter.Print(s) + ++created));
        Printed b = second.Features.GetOrAdd(second, s => new Printed(SchemaPrinter.Print(s) + ++created));

        Assert.Same(a, again);
        Assert.Contains("a: Int", a.Text, StringComparison.Ordinal);
        Assert.Contains("b: Int", b.Text, StringComparison.Ordinal);
        Assert.Equal(2, created);
        Assert.Same(b, second.Features.Get<Printed>());
    }

    [Fact]
    public void Set_replaces_and_get_of_a_missing_feature_is_null()
    {
        FeatureCollection features = new SchemaBuilder().Features;

        Assert.Null(features.Get<Printed>());
        features.Set(new Printed("one"));
        features.Set(new Printed("two"));

        Assert.Equal("two", features.Get<Printed>()?.Text);
    }
}
