using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Tests.TypeSystem.Resolvers;

public sealed class DefaultFieldResolverTests
{
    private sealed class Partner
    {
        public string Name { get; init; } = "";

        public int Founded;

        public string this[int i] => "indexer";
    }

    private sealed record Project(string Title);

    [Fact]
    public void Reads_properties_and_fields_case_insensitively()
    {
        Partner partner = new() { Name = "Arts Council", Founded = 1946 };

        Assert.Equal("Arts Council", DefaultFieldResolver.Read(partner, "name"));
        Assert.Equal(1946, DefaultFieldResolver.Read(partner, "founded"));
        Assert.Null(DefaultFieldResolver.Read(partner, "missing"));
        Assert.Null(DefaultFieldResolver.Read(partner, "item"));
    }

    [Fact]
    public void Reads_dictionary_entries_and_null_parents()
    {
        Assert.Equal(3, DefaultFieldResolver.Read(new Dictionary<string, object?> { ["count"] = 3 }, "count"));
        Assert.Null(DefaultFieldResolver.Read(new Dictionary<string, object?>(), "count"));
        Assert.Null(DefaultFieldResolver.Read(null, "count"));
    }

    [Fact]
    public async Task A_field_resolver_follows_changing_parent_types()
    {
        FieldResolver resolver = DefaultFieldResolver.Create("title");

        Assert.Equal("A", await resolver(new Builder.FakeContext(new Project("A"))));
        Assert.Equal("B", await resolver(new Builder.FakeContext(new Dictionary<string, object?> { ["title"] = "B" })));
        Assert.Equal("C", await resolver(new Builder.FakeContext(new Project("C"))));
    }

    [Fact]
    public void Compiles_one_getter_per_type_and_member()
    {
        Assert.Same(DefaultFieldResolver.GetGetter(typeof(Project), "title"), DefaultFieldResolver.GetGetter(typeof(Project), "title"));
    }

    [Theory]
    [InlineData("Planned", "PLANNED")]
    [InlineData("InProgress", "IN_PROGRESS")]
    [InlineData("HTTPServer", "HTTP_SERVER")]
    [InlineData("Level2Grant", "LEVEL2_GRANT")]
    [InlineData("FieldDefinition", "FIELD_DEFINITION")]
    public void Names_clr_enum_members_in_upper_snake_case(string member, string expected) =>
        Assert.Equal(expected, NameConventions.EnumValueName(member));
}
