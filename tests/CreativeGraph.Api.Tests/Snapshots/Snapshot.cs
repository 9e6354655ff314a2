using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CreativeGraph.Api.Tests.Snapshots;

/// <summary>
/// Snapshot assertions in Snapshooter's conventions: <c>value.MatchSnapshot()</c> compares with
/// <c>__snapshots__/&lt;TestClass&gt;.&lt;TestMethod&gt;[_&lt;extension&gt;].snap</c> beside the test file; a mismatch fails
/// with a line diff and leaves the new text in <c>__snapshots__/__mismatch__/</c> for review.
/// </summary>
/// <remarks>
/// A missing snapshot is written and the test passes (Snapshooter's default), except in strict mode
/// (<c>SNAPSHOOTER_STRICT_MODE=true</c>, and always under <c>CI=true</c>), where it fails: CI never creates or
/// rewrites snapshots. <c>SNAPSHOOTER_UPDATE=true</c> accepts the new text of mismatching snapshots (refused in CI).
/// The test class is named after its file, one class per file.
/// </remarks>
public static class Snapshot
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Matches <paramref name="value"/> (a string as is, anything else as indented JSON) with its snapshot.</summary>
    public static void MatchSnapshot(
        this object? value,
        string? nameExtension = null,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testMethod = "") =>
        Match(Text(value), SnapshotFile(testFile, testMethod, nameExtension), SnapshotSettings.FromEnvironment());

    /// <summary>The snapshot text of a value: strings as they are, JSON documents and other values indented.</summary>
    public static string Text(object? value) => (value switch
    {
        string text => text,
        JsonElement element => JsonSerializer.Serialize(element, s_json),
        JsonDocument document => JsonSerializer.Serialize(document.RootElement, s_json),
        _ => JsonSerializer.Serialize(value, s_json),
    }).ReplaceLineEndings("\n");

    /// <summary>Where the snapshot of a test lives: <c>__snapshots__/&lt;File&gt;.&lt;Method&gt;[_&lt;extension&gt;].snap</c>.</summary>
    public static string SnapshotFile(string testFile, string testMethod, string? nameExtension)
    {
        string name = Path.GetFileNameWithoutExtension(testFile) + "." + testMethod + (nameExtension is null ? "" : "_" + nameExtension);
        return Path.Combine(Path.GetDirectoryName(testFile)!, "__snapshots__", name + ".snap");
    }

    /// <summary>Compares <paramref name="actual"/> with the file; writes, accepts or fails as <paramref name="settings"/> say.</summary>
    public static void Match(string actual, string snapshotFile, SnapshotSettings settings)
    {
        string mismatchFile = Path.Combine(Path.GetDirectoryName(snapshotFile)!, "__mismatch__", Path.GetFileName(snapshotFile));
        if (!File.Exists(snapshotFile))
        {
            if (settings.Strict)
            {
                Write(mismatchFile, actual);
                throw new SnapshotMismatchException(
                    $"The snapshot {snapshotFile} does not exist. Strict mode (CI or SNAPSHOOTER_STRICT_MODE) never creates one; " +
                    $"run the test locally, review {mismatchFile}, and commit the snapshot.");
            }

            Write(snapshotFile, actual);
            return;
        }

        string expected = File.ReadAllText(snapshotFile).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            DeleteIfExists(mismatchFile);
            return;
        }

        if (settings.Update && !settings.Strict)
        {
            Write(snapshotFile, actual);
            DeleteIfExists(mismatchFile);
            return;
        }

        Write(mismatchFile, actual);
        throw new SnapshotMismatchException(
            $"The result does not match the snapshot {snapshotFile} (new text in {mismatchFile}; " +
            "SNAPSHOOTER_UPDATE=true accepts it outside CI):\n" + LineDiff.Format(expected, actual));
    }

    private static void Write(string file, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static void DeleteIfExists(string file)
    {
        if (File.Exists(file))
        {
            File.Delete(file);
        }
    }
}

/// <summary>How snapshots are matched in this run.</summary>
/// <param name="Strict">Missing snapshots fail and nothing is rewritten (CI, or SNAPSHOOTER_STRICT_MODE=true).</param>
/// <param name="Update">Mismatching snapshots are overwritten with the new text (SNAPSHOOTER_UPDATE=true, never in strict mode).</param>
public sealed record SnapshotSettings(bool Strict, bool Update)
{
    public static SnapshotSettings FromEnvironment() => new(
        Strict: IsTrue("CI") || IsTrue("SNAPSHOOTER_STRICT_MODE"),
        Update: IsTrue("SNAPSHOOTER_UPDATE"));

    private static bool IsTrue(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { } value && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));
}

/// <summary>A snapshot that does not match (or does not exist in strict mode).</summary>
public sealed class SnapshotMismatchException(string message) : Xunit.Sdk.XunitException(message);
