namespace CreativeGraph.Tests;

/// <summary>
/// A unified diff of two texts for a failure message, as <c>diff -u</c> prints it: hunks headed
/// <c>@@ -line,count +line,count @@</c>, three unchanged lines around each change, <c>-</c> for expected lines and
/// <c>+</c> for actual ones. Lines are matched by their longest common subsequence.
/// </summary>
internal static class TextDiff
{
    private const int Context = 3;

    // Beyond this many cells of the subsequence table the differing middle is shown as removed, then added.
    private const long MaxTableCells = 4_000_000;

    private const int MaxOutputLines = 400;

    /// <summary>The diff from <paramref name="expected"/> to <paramref name="actual"/>; empty when they are equal.</summary>
    public static string Of(string expected, string actual)
    {
        List<Edit> edits = Edits(expected.Split('\n'), actual.Split('\n'));
        if (edits.TrueForAll(e => e.Kind == ' '))
        {
            return "";
        }

        List<string> output = [];
        int index = 0;
        while (index < edits.Count)
        {
            int change = edits.FindIndex(index, e => e.Kind != ' ');
            if (change < 0)
            {
                break;
            }

            int start = Math.Max(index, change - Context);
            int end = HunkEnd(edits, change);
            Hunk(edits, start, end, output);
            index = end;
        }

        return output.Count <= MaxOutputLines
            ? string.Join('\n', output)
            : string.Join('\n', output.Take(MaxOutputLines)) + $"\n… {output.Count - MaxOutputLines} more lines of diff";
    }

    // The end (exclusive) of the hunk that starts with the change at `change`: changes closer than twice the context join it.
    private static int HunkEnd(List<Edit> edits, int change)
    {
        int end = change;
        while (true)
        {
            while (end < edits.Count && edits[end].Kind != ' ')
            {
                end++;
            }

            int next = edits.FindIndex(end, e => e.Kind != ' ');
            if (next < 0 || next - end > 2 * Context)
            {
                return Math.Min(edits.Count, end + Context);
            }

            end = next;
        }
    }

    private static void Hunk(List<Edit> edits, int start, int end, List<string> output)
    {
        Edit first = edits[start];
        int removed = 0;
        int added = 0;
        for (int i = start; i < end; i++)
        {
            removed += edits[i].Kind == '+' ? 0 : 1;
            added += edits[i].Kind == '-' ? 0 : 1;
        }

        // As diff -u numbers them: a side with no lines in the hunk gives the line before it.
        output.Add($"@@ -{(removed == 0 ? first.Before : first.Before + 1)},{removed} +{(added == 0 ? first.After : first.After + 1)},{added} @@");
        for (int i = start; i < end; i++)
        {
            output.Add(edits[i].Kind + edits[i].Line);
        }
    }

    // The edit script: every line of both texts once, in order, as kept (' '), removed ('-') or added ('+').
    private static List<Edit> Edits(string[] before, string[] after)
    {
        int prefix = 0;
        while (prefix < before.Length && prefix < after.Length && before[prefix] == after[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < before.Length - prefix && suffix < after.Length - prefix
            && before[before.Length - 1 - suffix] == after[after.Length - 1 - suffix])
        {
            suffix++;
        }

        List<Edit> edits = [];
        for (int i = 0; i < prefix; i++)
        {
            edits.Add(new Edit(' ', before[i], i, i));
        }

        Middle(before.AsSpan(prefix, before.Length - prefix - suffix), after.AsSpan(prefix, after.Length - prefix - suffix), prefix, prefix, edits);
        for (int i = suffix; i > 0; i--)
        {
            edits.Add(new Edit(' ', before[^i], before.Length - i, after.Length - i));
        }

        return edits;
    }

    private static void Middle(ReadOnlySpan<string> before, ReadOnlySpan<string> after, int beforeOffset, int afterOffset, List<Edit> edits)
    {
        int n = before.Length;
        int m = after.Length;
        if ((long)(n + 1) * (m + 1) > MaxTableCells)
        {
            for (int i = 0; i < n; i++)
            {
                edits.Add(new Edit('-', before[i], beforeOffset + i, afterOffset));
            }

            for (int j = 0; j < m; j++)
            {
                edits.Add(new Edit('+', after[j], beforeOffset + n, afterOffset + j));
            }

            return;
        }

        // common[i, j]: the length of the longest common subsequence of before[i..] and after[j..].
        int[,] common = new int[n + 1, m + 1];
        for (int i = n - 1; i >= 0; i--)
        {
            for (int j = m - 1; j >= 0; j--)
            {
                common[i, j] = before[i] == after[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        int x = 0;
        int y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && before[x] == after[y])
            {
                edits.Add(new Edit(' ', before[x], beforeOffset + x++, afterOffset + y++));
            }
            else if (y < m && (x == n || common[x, y + 1] > common[x + 1, y]))
            {
                edits.Add(new Edit('+', after[y], beforeOffset + x, afterOffset + y++));
            }
            else
            {
                edits.Add(new Edit('-', before[x], beforeOffset + x++, afterOffset + y));
            }
        }
    }

    // One line of the script, with the number of lines of each text that come before it (0-based positions).
    private readonly record struct Edit(char Kind, string Line, int Before, int After);
}
