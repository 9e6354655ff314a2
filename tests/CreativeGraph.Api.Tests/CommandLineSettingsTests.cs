using CreativeGraph.Api.Commands;

namespace CreativeGraph.Api.Tests;

/// <summary>
/// Settings on the command line reach the host as ASP.NET Core reads them, <c>--Key=value</c> and <c>--Key value</c>
/// alike (the hosting harnesses start the server with <c>--urls URL</c>); a word that is neither is a usage error.
/// </summary>
public sealed class CommandLineSettingsTests
{
    [Theory]
    [InlineData("serve --urls http://127.0.0.1:5099", "--urls|http://127.0.0.1:5099")]
    [InlineData("--urls=http://127.0.0.1:5099 --GraphQL:Execution:MaxCost 10", "--urls=http://127.0.0.1:5099|--GraphQL:Execution:MaxCost|10")]
    [InlineData("serve --Database:Provider Sqlite --environment=Development", "--Database:Provider|Sqlite|--environment=Development")]
    public void Settings_in_either_form_pass_through_to_the_host(string arguments, string expected)
    {
        string[] settings = KnowledgeGraphHost.ConfigurationArguments(KnowledgeGraphCli.Create().Parse(arguments.Split(' ')));

        Assert.Equal(expected.Split('|'), settings);
    }

    [Theory]
    [InlineData("serve stray")]
    [InlineData("serve --urls")]
    [InlineData("serve --urls --environment=Development")]
    public void A_word_that_is_no_setting_is_a_usage_error(string arguments)
    {
        UsageException error = Assert.Throws<UsageException>(() =>
            KnowledgeGraphHost.ConfigurationArguments(KnowledgeGraphCli.Create().Parse(arguments.Split(' '))));

        Assert.Contains("--Section:Key=value", error.Message, StringComparison.Ordinal);
    }
}
