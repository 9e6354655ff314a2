using System.Text;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit.Sdk;

namespace CreativeGraph.Tests;

/// <summary>
/// A snapshot in HotChocolate's manner: the operation, its variables, the SQL each provider ran with the values of
/// its parameters, and the result, one text file per test and provider under <c>__snapshots__/</c>. A mismatch fails
/// with a unified diff and leaves the whole new text in <c>__snapshots__/__mismatch__/</c> (Snapshooter's place),
/// ready to be moved over the old one; tests/README.md says how to regenerate them all.
/// </summary>
internal sealed class OperationSnapshot
{
    private const string Rule = "---------------";

    private readonly StringBuilder _text = new();

    /// <summary>A section: its heading, then <paramref name="body"/> between rules.</summary>
    public OperationSnapshot Section(string heading, string body)
    {
        _text.Append(heading).Append(":\n").Append(Rule).Append('\n').Append(body.ReplaceLineEndings("\n").TrimEnd()).Append('\n').Append(Rule).Append("\n\n");
        return this;
    }

    /// <summary>The SQL section: the statements under one heading naming the provider, how many there are and their order.</summary>
    public OperationSnapshot Sql(string provider, IReadOnlyList<string> statements, SqlOrder order)
    {
        string count = statements.Count == 1 ? "1 statement" : $"{statements.Count} statements";
        string listed = order == SqlOrder.Execution ? "in execution order" : "grouped by context rental, in text order";
        _text.Append($"SQL ({provider}, {count}, {listed}):\n");
        foreach (string statement in statements)
        {
            _text.Append(Rule).Append('\n').Append(statement).Append('\n');
        }

        _text.Append(Rule).Append("\n\n");
        return this;
    }

    public override string ToString() => _text.ToString().TrimEnd() + "\n";

    /// <summary>Compares the text with <c><paramref name="folder"/>/__snapshots__/<paramref name="name"/></c>.</summary>
    public void Match(string name, string folder) => Match(ToString(), name, folder);

    /// <summary>Compares <paramref name="actual"/> with the snapshot <c><paramref name="folder"/>/__snapshots__/<paramref name="name"/></c>.</summary>
    public static void Match(string actual, string name, string folder)
    {
        string stored = Path.Combine(folder, "__snapshots__", name);
        try
        {
            Snapshot.Match(actual, new SnapshotFullName(name, folder));
        }
        catch (XunitException mismatch) when (File.Exists(stored))
        {
            string diff = TextDiff.Of(File.ReadAllText(stored).ReplaceLineEndings("\n").TrimEnd(), actual.ReplaceLineEndings("\n").TrimEnd());
            throw new XunitException(
                $"{name} differs from its snapshot (- snapshot, + actual):\n" +
                (diff.Length > 0 ? diff : mismatch.Message) + "\n" +
                $"The whole actual text is in {Path.Combine(folder, "__snapshots__", "__mismatch__", name)}: move it over the " +
                "snapshot if it is right, or regenerate every snapshot as tests/README.md says.");
        }
    }
}
