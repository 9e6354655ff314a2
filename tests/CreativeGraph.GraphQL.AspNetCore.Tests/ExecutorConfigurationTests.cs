using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Language;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CreativeGraph.GraphQL.AspNetCore.Tests;

/// <summary>The server binds the engine's sections itself: GraphQL:Execution and GraphQL:Parser, beside GraphQL:Http.</summary>
public sealed class ExecutorConfigurationTests
{
    [Fact]
    public void Execution_and_parser_limits_come_from_their_sections_and_the_caller_has_the_last_word()
    {
        RequestExecutorOptions options = Resolve(
            new Dictionary<string, string?>
            {
                ["GraphQL:Http:EnableIntrospection"] = "false",
                ["GraphQL:Execution:MaxCost"] = "250",
                ["GraphQL:Execution:MaxExecutionDepth"] = "7",
                ["GraphQL:Parser:MaxTokens"] = "20",
                ["GraphQL:Parser:MaxDocumentBytes"] = "4096",
            },
            configureExecutor: o => o.MaxExecutionDepth = 9);

        Assert.False(options.EnableIntrospection);
        Assert.Equal(250, options.MaxCost);
        Assert.Equal(9, options.MaxExecutionDepth);
        ParserOptions parser = Assert.IsType<ParserOptions>(options.ParserOptions);
        Assert.Equal(20, parser.MaxTokens);
        Assert.Equal(4096, parser.MaxDocumentBytes);
        Assert.Equal(ParserOptions.Default.MaxDepth, parser.MaxDepth);
    }

    [Fact]
    public void Without_configuration_the_engine_defaults_hold()
    {
        RequestExecutorOptions options = Resolve([]);

        RequestExecutorOptions defaults = new();
        Assert.True(options.EnableIntrospection);
        Assert.False(options.IncludeExceptionDetails);
        Assert.Equal(defaults.MaxCost, options.MaxCost);
        Assert.Equal(defaults.ExecutionTimeout, options.ExecutionTimeout);
        ParserOptions parser = Assert.IsType<ParserOptions>(options.ParserOptions);
        Assert.Equal(ParserOptions.Default.MaxTokens, parser.MaxTokens);
        Assert.Equal(ParserOptions.Default.MaxDepth, parser.MaxDepth);
        Assert.Equal(ParserOptions.Default.MaxDocumentBytes, parser.MaxDocumentBytes);
    }

    [Fact]
    public void A_clock_the_host_registers_times_the_requests()
    {
        StoppedClock clock = new();

        RequestExecutorOptions options = Resolve([], clock: clock);

        Assert.Same(clock, options.TimeProvider);
        Assert.Same(TimeProvider.System, Resolve([]).TimeProvider);
    }

    private static RequestExecutorOptions Resolve(Dictionary<string, string?> settings, Action<RequestExecutorOptions>? configureExecutor = null, TimeProvider? clock = null)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        ServiceCollection services = new();
        services.AddSingleton(configuration);
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddGraphQLServer(TestSchema.Create(), configureExecutor: configureExecutor);
        using ServiceProvider provider = services.BuildServiceProvider();
        Assert.IsType<RequestExecutor>(provider.GetRequiredService<IRequestExecutor>());
        return provider.GetRequiredService<IOptions<RequestExecutorOptions>>().Value;
    }
}

/// <summary>A clock of the test's own: which one the executor holds is all that matters here.</summary>
internal sealed class StoppedClock : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UnixEpoch;
}
