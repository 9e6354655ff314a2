namespace CreativeGraph.Api.Tests;

/// <summary>
/// The real server on a generated graph of 5 000 partners, with a 2 s execution timeout and cost analysis out of
/// the way, so a hostile document actually runs until the timeout stops it.
/// </summary>
public sealed class LimitsServer : RunningServer
{
    public static readonly TimeSpan ExecutionTimeout = TimeSpan.FromSeconds(2);

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["GraphQL__Execution__ExecutionTimeout"] = ExecutionTimeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        ["GraphQL__Execution__MaxCost"] = "100000000",
    };

    protected override Task PrepareAsync() => RunCommandAsync("generate", "--partners", "5000", "--projects", "500", "--seed", "1");
}

/// <summary>
/// The real server with input lists allowed up to 100 000 elements, so a list reaches the database and fails there,
/// as every list did before <c>MaxInputListLength</c> existed.
/// </summary>
public sealed class LongListServer : RunningServer
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["GraphQL__Execution__MaxInputListLength"] = "100000",
    };
}

[CollectionDefinition(Name)]
public sealed class LimitsServerCollection : ICollectionFixture<LimitsServer>
{
    public const string Name = "limits server";
}

[CollectionDefinition(Name)]
public sealed class LongListServerCollection : ICollectionFixture<LongListServer>
{
    public const string Name = "long list server";
}
