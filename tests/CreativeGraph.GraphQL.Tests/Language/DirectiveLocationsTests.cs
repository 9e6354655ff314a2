using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.Tests.Language;

public sealed class DirectiveLocationsTests
{
    [Fact]
    public void Spells_every_location_as_the_grammar_does_and_reads_it_back()
    {
        string[] names = Enum.GetValues<DirectiveLocation>().Select(DirectiveLocations.ToName).ToArray();
        Assert.Equal(
            [
                "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
                "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
                "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
            ],
            names);
        Assert.All(Enum.GetValues<DirectiveLocation>(), location =>
        {
            Assert.True(DirectiveLocations.TryParse(DirectiveLocations.ToName(location), out DirectiveLocation parsed));
            Assert.Equal(location, parsed);
        });
        Assert.False(DirectiveLocations.TryParse("field", out _));
    }
}
