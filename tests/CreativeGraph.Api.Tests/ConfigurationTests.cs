using CreativeGraph.GraphQL.Language;
using Microsoft.Extensions.Configuration;

namespace CreativeGraph.Api.Tests;

public sealed class ConfigurationTests
{
    [Fact]
    public void Parser_limits_come_from_the_GraphQL_Parser_section()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["GraphQL:Parser:MaxTokens"] = "20",
                ["GraphQL:Parser:MaxDocumentBytes"] = "4096",
            })
            .Build();

        ParserOptions options = configuration.GetSection(ParserLimits.Section).Get<ParserLimits>()!.ToParserOptions();

        Assert.Equal(20, options.MaxTokens);
        Assert.Equal(4096, options.MaxDocumentBytes);
        Assert.Equal(ParserOptions.Default.MaxDepth, options.MaxDepth);
    }
}
