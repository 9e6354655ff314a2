using System.Text;

namespace CreativeGraph.Api.Tests.Snapshots;

/// <summary>A unified-style line diff (longest common subsequence) with three lines of context.</summary>
public static class LineDiff
{
    private const int Context = 3;
    private const int MaxLines = 200;

    public static string Format(string expected, string actual)
    {
        string[] a = expected.Split('\n');
        string[] b = actual.Split('\n');
        List<(char Kind, string Line)> script = Script(a, b);
        bool[] shown = new bool[script.Count];
        for (int i = 0; i < script.Count; i++)
        {
            if (script[i].Kind != ' ')
            {
                for (int j = Math.Max(0, i - Context); j <= Math.Min(script.Count - 1, i + Context); j++)
                {
                    shown[j] = true;
                }
            }
        }

        StringBuilder diff = new("--- snapshot\n+++ actual\n");
        int lines = 0;
        for (int i = 0; i < script.Count && lines < MaxLines; i++)
        {
            if (!shown[i])
            {
                if (i > 0 && shown[i - 1])
                {
                    diff.Append("@@\n");
                }

                continue;
            }

            diff.Append(script[i].Kind).Append(script[i].Line).Append('\n');
            lines++;
        }

        return lines >= MaxLines ? diff.Append("… (diff truncated)\n").ToString() : diff.ToString();
    }

    private static List<(char Kind, string Line)> Script(string[] a, string[] b)
    {
        int[,] lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
        {
            for (int j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        List<(char, string)> script = [];
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                script.Add((' ', a[x++]));
                y++;
            }
            else if (lcs[x + 1, y] >= lcs[x, y + 1])
            {
                script.Add(('-', a[x++]));
            }
            else
            {
                script.Add(('+', b[y++]));
            }
        }

        while (x < a.Length)
        {
            script.Add(('-', a[x++]));
        }

        while (y < b.Length)
        {
            script.Add(('+', b[y++]));
        }

        return script;
    }
}
