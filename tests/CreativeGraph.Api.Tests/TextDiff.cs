namespace CreativeGraph.Api.Tests;

/// <summary>
/// The lines where two texts differ, for a failure message: the common start and end are left out, and what lies
/// between is shown as <c>-</c> expected lines and <c>+</c> actual lines with their line numbers (at most 40 of each).
/// </summary>
internal static class TextDiff
{
    private const int MaxLines = 40;

    public static string Of(string expected, string actual)
    {
        string[] before = expected.Split('\n');
        string[] after = actual.Split('\n');
        int start = 0;
        while (start < before.Length && start < after.Length && before[start] == after[start])
        {
            start++;
        }

        int endBefore = before.Length;
        int endAfter = after.Length;
        while (endBefore > start && endAfter > start && before[endBefore - 1] == after[endAfter - 1])
        {
            endBefore--;
            endAfter--;
        }

        if (start == endBefore && start == endAfter)
        {
            return "";
        }

        IEnumerable<string> removed = before[start..endBefore].Take(MaxLines).Select((l, i) => $"-{start + i + 1,5}: {l}");
        IEnumerable<string> added = after[start..endAfter].Take(MaxLines).Select((l, i) => $"+{start + i + 1,5}: {l}");
        return string.Join('\n', removed.Concat(added));
    }
}
