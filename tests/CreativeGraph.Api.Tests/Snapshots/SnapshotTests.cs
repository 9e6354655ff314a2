namespace CreativeGraph.Api.Tests.Snapshots;

/// <summary>The snapshot helper itself: where files go, what is written, what fails, what CI may never do.</summary>
public sealed class SnapshotTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "snapshot-tests-" + Guid.NewGuid().ToString("N"));

    private string SnapshotFile => Path.Combine(_folder, "__snapshots__", "Demo.Test.snap");

    private string MismatchFile => Path.Combine(_folder, "__snapshots__", "__mismatch__", "Demo.Test.snap");

    [Fact]
    public void Names_the_file_after_the_test_class_and_method_with_an_optional_extension()
    {
        Assert.Equal(Path.Combine("/src/t", "__snapshots__", "RegionTests.Lists_regions.snap"), Snapshot.SnapshotFile("/src/t/RegionTests.cs", "Lists_regions", null));
        Assert.Equal(Path.Combine("/src/t", "__snapshots__", "RegionTests.Runs_operation_RegionList.snap"), Snapshot.SnapshotFile("/src/t/RegionTests.cs", "Runs_operation", "RegionList"));
    }

    [Fact]
    public void Writes_a_missing_snapshot_outside_strict_mode()
    {
        Snapshot.Match("{\n  \"a\": 1\n}", SnapshotFile, new SnapshotSettings(Strict: false, Update: false));

        Assert.Equal("{\n  \"a\": 1\n}", File.ReadAllText(SnapshotFile));
    }

    [Fact]
    public void Fails_on_a_missing_snapshot_in_strict_mode_and_creates_nothing()
    {
        SnapshotMismatchException error = Assert.Throws<SnapshotMismatchException>(
            () => Snapshot.Match("new", SnapshotFile, new SnapshotSettings(Strict: true, Update: true)));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(SnapshotFile));
        Assert.Equal("new", File.ReadAllText(MismatchFile));
    }

    [Fact]
    public void Fails_on_a_mismatch_with_a_line_diff_and_keeps_the_new_text_aside()
    {
        Snapshot.Match("one\ntwo\nthree", SnapshotFile, new SnapshotSettings(false, false));

        SnapshotMismatchException error = Assert.Throws<SnapshotMismatchException>(
            () => Snapshot.Match("one\n2\nthree", SnapshotFile, new SnapshotSettings(false, false)));

        Assert.Contains("--- snapshot\n+++ actual\n one\n-two\n+2\n three\n", error.Message, StringComparison.Ordinal);
        Assert.Equal("one\ntwo\nthree", File.ReadAllText(SnapshotFile));
        Assert.Equal("one\n2\nthree", File.ReadAllText(MismatchFile));
    }

    [Fact]
    public void Accepts_a_mismatch_when_asked_to_update_but_never_in_strict_mode()
    {
        Snapshot.Match("old", SnapshotFile, new SnapshotSettings(false, false));

        Assert.Throws<SnapshotMismatchException>(() => Snapshot.Match("new", SnapshotFile, new SnapshotSettings(Strict: true, Update: true)));
        Assert.Equal("old", File.ReadAllText(SnapshotFile));

        Snapshot.Match("new", SnapshotFile, new SnapshotSettings(Strict: false, Update: true));
        Assert.Equal("new", File.ReadAllText(SnapshotFile));
        Assert.False(File.Exists(MismatchFile));
    }

    [Fact]
    public void A_match_removes_a_stale_mismatch_file()
    {
        Snapshot.Match("same", SnapshotFile, new SnapshotSettings(false, false));
        Assert.Throws<SnapshotMismatchException>(() => Snapshot.Match("other", SnapshotFile, new SnapshotSettings(false, false)));

        Snapshot.Match("same", SnapshotFile, new SnapshotSettings(false, false));

        Assert.False(File.Exists(MismatchFile));
    }

    [Fact]
    public void Serializes_values_as_indented_json_and_keeps_strings_as_they_are()
    {
        Assert.Equal("{\n  \"name\": \"Pécs\",\n  \"year\": 2010\n}", Snapshot.Text(new { name = "Pécs", year = 2010 }));
        Assert.Equal("as is\n", Snapshot.Text("as is\r\n"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
