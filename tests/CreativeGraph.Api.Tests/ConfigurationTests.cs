using CreativeGraph.Api.Authentication;
using CreativeGraph.GraphQL.Language;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public void A_jwt_signing_key_shorter_than_32_bytes_stops_the_server_at_start_up()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Authentication:Jwt:SigningKey"] = "too short" })
            .Build();

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddKnowledgeGraphAuthentication(configuration));

        Assert.Equal("Authentication:Jwt:SigningKey must be at least 32 bytes long (HMAC-SHA256).", error.Message);
    }
}
