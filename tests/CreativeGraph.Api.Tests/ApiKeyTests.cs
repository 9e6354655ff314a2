using System.Text.RegularExpressions;
using CreativeGraph.Api.Authentication;
using CreativeGraph.Api.Commands;

namespace CreativeGraph.Api.Tests;

public sealed partial class ApiKeyTests
{
    [Fact]
    public async Task Apikey_create_prints_a_new_key_once_and_the_configuration_entry_with_its_hash()
    {
        StringWriter output = new();
        StringWriter error = new();

        int exit = await KnowledgeGraphCli.InvokeAsync(["apikey", "create", "--name", "research-team", "--role", "personal-data"], output, error);

        string printed = output.ToString();
        Assert.Equal(0, exit);
        string key = KeyLine().Match(printed).Groups[1].Value;
        Assert.StartsWith(ApiKey.Prefix, key, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(printed, Regex.Escape(key)));
        Assert.Contains($"\"Hash\": \"{ApiKey.HashHex(key)}\"", printed, StringComparison.Ordinal);
        Assert.Contains($"Authentication__ApiKeys__research-team__Hash={ApiKey.HashHex(key)}", printed, StringComparison.Ordinal);
        Assert.Contains("Authentication__ApiKeys__research-team__Roles__0=personal-data", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_key_is_new()
    {
        StringWriter first = new();
        StringWriter second = new();

        await KnowledgeGraphCli.InvokeAsync(["apikey", "create", "--name", "a"], first, TextWriter.Null);
        await KnowledgeGraphCli.InvokeAsync(["apikey", "create", "--name", "a"], second, TextWriter.Null);

        Assert.NotEqual(KeyLine().Match(first.ToString()).Groups[1].Value, KeyLine().Match(second.ToString()).Groups[1].Value);
        Assert.Contains("grants no right", first.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("apikey", "Required command was not provided")]
    [InlineData("apikey create", "Option '--name' is required")]
    [InlineData("apikey create --name", "Required argument missing for option: '--name'")]
    [InlineData("apikey create --name has:colon", "--name 'has:colon' is not a valid key name")]
    [InlineData("apikey delete --name a", "Required command was not provided")]
    public async Task A_bad_invocation_is_a_usage_error_that_names_the_problem_and_points_to_help(string arguments, string problem)
    {
        StringWriter output = new();
        StringWriter error = new();

        int exit = await KnowledgeGraphCli.InvokeAsync(arguments.Split(' '), output, error);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains(problem, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("--help'.", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public void A_presented_key_matches_only_the_entry_with_its_hash()
    {
        string research = ApiKey.Generate();
        string reader = ApiKey.Generate();
        ApiKeyAuthenticationOptions options = new();
        ApiKey.TryParseHash(ApiKey.HashHex(research).ToUpperInvariant(), out byte[] researchHash);
        ApiKey.TryParseHash(ApiKey.HashHex(reader), out byte[] readerHash);
        options.Keys.Add(new ApiKeyEntry("research-team", researchHash, ["personal-data"]));
        options.Keys.Add(new ApiKeyEntry("reader", readerHash, []));

        Assert.Equal("research-team", options.Find(research)?.Name);
        Assert.Equal("reader", options.Find(reader)?.Name);
        Assert.Null(options.Find(research + "x"));
        Assert.Null(options.Find(ApiKey.HashHex(research)));
    }

    [Fact]
    public void A_configured_hash_that_is_not_64_hex_digits_stops_the_server_at_start_up()
    {
        ApiKeyAuthenticationOptions options = new();
        Assert.False(ApiKey.TryParseHash("not-a-hash", out byte[] hash));
        options.Keys.Add(new ApiKeyEntry("broken", hash, []));

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(options.Validate);

        Assert.StartsWith("Authentication:ApiKeys:broken:Hash must be the SHA-256 of the key as 64 hex digits", error.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s+(cgk_\S+)$", RegexOptions.Multiline)]
    private static partial Regex KeyLine();
}
