using CreativeGraph.Api.Authentication;
using CreativeGraph.Api.Operations;
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

    [Theory]
    [InlineData("SigningKey", "too short", "Authentication:Jwt:SigningKey must be at least 32 bytes long (HMAC-SHA256).")]
    [InlineData("Authority", "https://login.example.org", "Authentication:Jwt:Authority needs Authentication:Jwt:Audience, the audience this API's tokens are issued for.")]
    public void A_jwt_setting_that_would_fail_on_a_request_stops_the_server_at_start_up(string key, string value, string message)
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Authentication:Jwt:" + key] = value })
            .Build();

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddKnowledgeGraphAuthentication(configuration));

        Assert.Equal(message, error.Message);
    }
}
