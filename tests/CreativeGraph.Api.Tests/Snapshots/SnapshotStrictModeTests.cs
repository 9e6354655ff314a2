using Snapshooter;
using Snapshooter.Exceptions;
using Snapshooter.Xunit;

namespace CreativeGraph.Api.Tests.Snapshots;

/// <summary>What Snapshooter does with a missing snapshot, outside CI and in strict mode (always on under CI=true).</summary>
[Collection(SnapshotStrictModeCollection.Name)]
public sealed class SnapshotStrictModeTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "snapshooter-" + Guid.NewGuid().ToString("N"));
    private readonly string? _before = Environment.GetEnvironmentVariable(SnapshotStrictMode.Variable);

    [Fact]
    public void A_missing_snapshot_fails_in_strict_mode_and_nothing_is_written()
    {
        Environment.SetEnvironmentVariable(SnapshotStrictMode.Variable, "true");

        Assert.Throws<SnapshotNotFoundException>(() => Snapshot.Match("new text", new SnapshotFullName("Demo.snap", _folder)));

        Assert.False(File.Exists(Path.Combine(_folder, "__snapshots__", "Demo.snap")));
    }

    [Fact]
    public void A_missing_snapshot_is_written_outside_strict_mode_and_then_compared()
    {
        Environment.SetEnvironmentVariable(SnapshotStrictMode.Variable, "false");

        Snapshot.Match("first text", new SnapshotFullName("Demo.snap", _folder));

        Assert.Equal("first text", File.ReadAllText(Path.Combine(_folder, "__snapshots__", "Demo.snap")).TrimEnd());
        Assert.ThrowsAny<Exception>(() => Snapshot.Match("other text", new SnapshotFullName("Demo.snap", _folder)));
        Assert.True(File.Exists(Path.Combine(_folder, "__snapshots__", "__mismatch__", "Demo.snap")), "the new text waits in __mismatch__ for review");
    }

    [Fact]
    public void CI_turns_strict_mode_on_unless_the_variable_says_otherwise()
    {
        Environment.SetEnvironmentVariable(SnapshotStrictMode.Variable, null);
        SnapshotStrictMode.Apply(ci: false);
        Assert.Null(Environment.GetEnvironmentVariable(SnapshotStrictMode.Variable));

        SnapshotStrictMode.Apply(ci: true);
        Assert.Equal("true", Environment.GetEnvironmentVariable(SnapshotStrictMode.Variable));
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(SnapshotStrictMode.Variable, _before);
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

/// <summary>These tests change a process-wide variable, so they run alone, never beside another snapshot test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SnapshotStrictModeCollection
{
    public const string Name = "snapshot strict mode";
}
