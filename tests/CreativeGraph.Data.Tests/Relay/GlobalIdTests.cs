using CreativeGraph.Data.Relay;

namespace CreativeGraph.Data.Tests.Relay;

public sealed class GlobalIdTests
{
    [Fact]
    public void Encodes_the_type_name_and_key_as_HotChocolate_does() =>
        Assert.Equal("UmVnaW9uOjE=", GlobalId.Encode("Region", 1));

    [Theory]
    [InlineData("Region", 1)]
    [InlineData("Participation", 2147483647)]
    [InlineData("_x9", 0)]
    public void Decodes_what_it_encodes(string typeName, int id)
    {
        Assert.True(GlobalId.TryDecode(GlobalId.Encode(typeName, id), out string? decodedType, out int decodedId));
        Assert.Equal(typeName, decodedType);
        Assert.Equal(id, decodedId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("UmVnaW9u")] // "Region": no colon
    [InlineData("OjE=")] // ":1": no type name
    [InlineData("UmVnaW9uOg==")] // "Region:": no key
    [InlineData("UmVnaW9uOmFiYw==")] // "Region:abc"
    [InlineData("UmVnaW9uOi0x")] // "Region:-1": keys are non-negative digits
    [InlineData("MVJlZ2lvbjox")] // "1Region:1": not a GraphQL name
    [InlineData("UsOpZ2lvbjox")] // "Région:1": not a GraphQL name
    [InlineData("UmVnaW9uOjk5OTk5OTk5OTk5")] // "Region:99999999999": overflows Int32
    [InlineData("Ünïcode")]
    public void Rejects_anything_else(string? value) =>
        Assert.False(GlobalId.TryDecode(value, out _, out _));

    [Fact]
    public void Rejects_overlong_values_without_decoding_them() =>
        Assert.False(GlobalId.TryDecode(new string('A', 10_000), out _, out _));
}
