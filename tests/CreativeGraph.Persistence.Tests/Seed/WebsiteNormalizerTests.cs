using CreativeGraph.Persistence.Seed;

namespace CreativeGraph.Persistence.Tests.Seed;

public sealed class WebsiteNormalizerTests
{
    [Theory]
    [InlineData("www.leipzig.de", "https://www.leipzig.de")]
    [InlineData("www.stateofcreativity.com/events/cwf/", "https://www.stateofcreativity.com/events/cwf/")]
    [InlineData("http://www.ier.si", "http://www.ier.si")]
    [InlineData("  www.rralur.si ", "https://www.rralur.si")]
    public void Normalises_a_printed_address_to_an_absolute_url(string website, string expected)
    {
        Assert.True(WebsiteNormalizer.TryNormalize(website, out string url));
        Assert.Equal(expected, url);
    }

    [Theory]
    [InlineData("www.gdansk,gda.pl")]
    [InlineData("leipzig")]
    [InlineData("www.leipzig .de")]
    public void Rejects_what_is_not_a_website(string website)
    {
        Assert.False(WebsiteNormalizer.TryNormalize(website, out _));
    }
}
