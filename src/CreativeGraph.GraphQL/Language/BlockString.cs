using System.Text;

namespace CreativeGraph.GraphQL.Language;

/// <summary>Block string semantics: BlockStringValue() of spec #sec-String-Value and graphql-js printBlockString.</summary>
internal static class BlockString
{
    // Spec: #sec-String-Value.Static-Semantics — BlockStringValue(rawValue)
    public static string Value(string raw)
    {
        List<string> lines = SplitLines(raw);

        // Common indentation over all lines but the first, ignoring lines of only whitespace.
        int commonIndent = int.MaxValue;
        for (int i = 1; i < lines.Count; i++)
        {
            string line = lines[i];
            int indent = LeadingWhitespace(line);
            if (indent < line.Length && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (commonIndent != int.MaxValue && commonIndent > 0)
        {
            for (int i = 1; i < lines.Count; i++)
            {
                lines[i] = lines[i].Length <= commonIndent ? string.Empty : lines[i][commonIndent..];
            }
        }

        int first = 0;
        while (first < lines.Count && IsBlank(lines[first]))
        {
            first++;
        }

        int last = lines.Count - 1;
        while (last >= first && IsBlank(lines[last]))
        {
            last--;
        }

        return first > last ? string.Empty : string.Join('\n', lines.GetRange(first, last - first + 1));
    }

    /// <summary>Prints a value as a block string the way graphql-js printBlockString does.</summary>
    public static string Print(string value)
    {
        string escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        List<string> lines = SplitLines(escaped);
        bool isSingleLine = lines.Count == 1;

        bool forceLeadingNewLine = lines.Count > 1;
        for (int i = 1; i < lines.Count && forceLeadingNewLine; i++)
        {
            forceLeadingNewLine = lines[i].Length == 0 || IsWhitespace(lines[i][0]);
        }

        bool hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        bool hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        bool hasTrailingSlash = value.EndsWith('\\');
        bool forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        bool printAsMultipleLines = !isSingleLine
            || value.Length > 70
            || forceTrailingNewLine
            || forceLeadingNewLine
            || hasTrailingTripleQuotes;

        StringBuilder result = new("\"\"\"");
        bool skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhitespace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            result.Append('\n');
        }

        return result.Append("\"\"\"").ToString();
    }

    // LineTerminator :: New Line | Carriage Return [lookahead != New Line] | Carriage Return New Line
    private static List<string> SplitLines(string text)
    {
        List<string> lines = [];
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || c == '\r')
            {
                lines.Add(text[start..i]);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add(text[start..]);
        return lines;
    }

    private static int LeadingWhitespace(string line)
    {
        int i = 0;
        while (i < line.Length && IsWhitespace(line[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsBlank(string line) => LeadingWhitespace(line) == line.Length;

    private static bool IsWhitespace(char c) => c == ' ' || c == '\t';
}
