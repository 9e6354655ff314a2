using System.Text;

namespace CreativeGraph.GraphQL.Validation;

/// <summary>
/// The "Did you mean …?" hints of graphql-js (didYouMean, suggestionList, naturalCompare), reproduced exactly
/// so our messages read as graphql-js's do.
/// </summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>" Did you mean "a", "b", or "c"?" — empty when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        StringBuilder message = new(" Did you mean ");
        if (subMessage is not null)
        {
            message.Append(subMessage).Append(' ');
        }

        switch (suggestions.Count)
        {
            case 1:
                return message.Append('"').Append(suggestions[0]).Append("\"?").ToString();
            case 2:
                return message.Append('"').Append(suggestions[0]).Append("\" or \"").Append(suggestions[1]).Append("\"?").ToString();
        }

        int count = Math.Min(suggestions.Count, MaxSuggestions);
        for (int i = 0; i < count - 1; i++)
        {
            message.Append('"').Append(suggestions[i]).Append("\", ");
        }

        return message.Append("or \"").Append(suggestions[count - 1]).Append("\"?").ToString();
    }

    /// <summary>The options close to <paramref name="input"/> by lexical distance, closest first.</summary>
    public static IReadOnlyList<string> List(string input, IEnumerable<string> options)
    {
        LexicalDistance distance = new(input);
        int threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        Dictionary<string, int> byDistance = new(StringComparer.Ordinal);
        foreach (string option in options)
        {
            if (distance.Measure(option, threshold) is int d)
            {
                byDistance[option] = d;
            }
        }

        List<string> result = [.. byDistance.Keys];
        result.Sort((a, b) =>
        {
            int diff = byDistance[a] - byDistance[b];
            return diff != 0 ? diff : NaturalCompare(a, b);
        });
        return result;
    }

    /// <summary>Compares strings with runs of digits compared as numbers (graphql-js naturalCompare).</summary>
    public static int NaturalCompare(string a, string b)
    {
        int aIndex = 0;
        int bIndex = 0;
        while (aIndex < a.Length && bIndex < b.Length)
        {
            int aChar = a[aIndex];
            int bChar = b[bIndex];
            if (IsDigit(aChar) && IsDigit(bChar))
            {
                long aNum = 0;
                do
                {
                    ++aIndex;
                    aNum = (aNum * 10) + aChar - '0';
                    aChar = aIndex < a.Length ? a[aIndex] : -1;
                }
                while (IsDigit(aChar) && aNum > 0);

                long bNum = 0;
                do
                {
                    ++bIndex;
                    bNum = (bNum * 10) + bChar - '0';
                    bChar = bIndex < b.Length ? b[bIndex] : -1;
                }
                while (IsDigit(bChar) && bNum > 0);

                if (aNum != bNum)
                {
                    return aNum < bNum ? -1 : 1;
                }
            }
            else
            {
                if (aChar != bChar)
                {
                    return aChar < bChar ? -1 : 1;
                }

                ++aIndex;
                ++bIndex;
            }
        }

        return a.Length - b.Length;
    }

    private static bool IsDigit(int c) => c is >= '0' and <= '9';

    /// <summary>Damerau-Levenshtein distance over lower-cased strings (graphql-js LexicalDistance).</summary>
    private sealed class LexicalDistance(string input)
    {
        private readonly string _inputLower = input.ToLowerInvariant();
        private readonly int[][] _rows = [new int[input.Length + 1], new int[input.Length + 1], new int[input.Length + 1]];

        public int? Measure(string option, int threshold)
        {
            if (input == option)
            {
                return 0;
            }

            string optionLower = option.ToLowerInvariant();
            if (_inputLower == optionLower)
            {
                return 1;
            }

            string a = optionLower;
            string b = _inputLower;
            if (a.Length < b.Length)
            {
                (a, b) = (b, a);
            }

            if (a.Length - b.Length > threshold)
            {
                return null;
            }

            int[][] rows = _rows;
            for (int j = 0; j <= b.Length; j++)
            {
                rows[0][j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                int[] upRow = rows[(i - 1) % 3];
                int[] currentRow = rows[i % 3];
                int smallestCell = currentRow[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    int currentCell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        currentCell = Math.Min(currentCell, rows[(i - 2) % 3][j - 2] + 1);
                    }

                    smallestCell = Math.Min(smallestCell, currentCell);
                    currentRow[j] = currentCell;
                }

                if (smallestCell > threshold)
                {
                    return null;
                }
            }

            int distance = rows[a.Length % 3][b.Length];
            return distance <= threshold ? distance : null;
        }
    }
}
