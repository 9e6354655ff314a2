using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Language;

/// <summary>
/// The messages of the lexer and parser (worded as graphql-js words them) and the out-of-line throw
/// sites that turn them into a <see cref="SyntaxException"/> located at a byte offset.
/// </summary>
internal static class SyntaxError
{
    [DoesNotReturn]
    public static void Throw(ReadOnlySpan<byte> source, int offset, string description, string code = ErrorCodes.SyntaxError)
    {
        Location location = LocationAt(source, offset);
        throw new SyntaxException(new GraphQLError("Syntax Error: " + description, code, [location]));
    }

    /// <summary>Line and column (in code points) of a byte offset, counting line terminators as the lexer does.</summary>
    public static Location LocationAt(ReadOnlySpan<byte> source, int offset)
    {
        offset = Math.Clamp(offset, 0, source.Length);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++)
        {
            byte b = source[i];
            if (b == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (b == (byte)'\r')
            {
                if (i + 1 < source.Length && source[i + 1] == (byte)'\n')
                {
                    i++;
                }

                line++;
                lineStart = i + 1;
            }
        }

        int column = 1 + Utf8Lexer.CountCodePoints(source[Math.Min(lineStart, offset)..offset]);
        return new Location(offset, offset, line, column);
    }

    /// <summary>graphql-js printCodePointAt: `"x"` for printable ASCII, `U+XXXX` otherwise, `&lt;EOF&gt;` at the end.</summary>
    public static string DescribeCharAt(ReadOnlySpan<byte> source, int offset)
    {
        if (offset >= source.Length)
        {
            return "<EOF>";
        }

        byte b = source[offset];
        if (b is >= 0x20 and <= 0x7E)
        {
            return b == (byte)'"' ? "'\"'" : "\"" + (char)b + "\"";
        }

        if (Rune.DecodeFromUtf8(source[offset..], out Rune rune, out _) != System.Buffers.OperationStatus.Done)
        {
            return "0x" + b.ToString("X2", CultureInfo.InvariantCulture);
        }

        return "U+" + rune.Value.ToString("X4", CultureInfo.InvariantCulture);
    }

    [DoesNotReturn]
    public static void UnexpectedCharacter(ReadOnlySpan<byte> source, int offset)
    {
        byte b = source[offset];
        if (b == (byte)'\'')
        {
            Throw(source, offset, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        bool valid = b < 0x80 || Rune.DecodeFromUtf8(source[offset..], out _, out _) == System.Buffers.OperationStatus.Done;
        Throw(source, offset, (valid ? "Unexpected character: " : "Invalid character: ") + DescribeCharAt(source, offset) + ".");
    }

    [DoesNotReturn]
    public static void InvalidCharacterInString(ReadOnlySpan<byte> source, int offset) =>
        Throw(source, offset, "Invalid character within String: " + DescribeCharAt(source, offset) + ".");

    [DoesNotReturn]
    public static void UnterminatedString(ReadOnlySpan<byte> source, int offset) =>
        Throw(source, offset, "Unterminated string.");

    [DoesNotReturn]
    public static void ExpectedDigit(ReadOnlySpan<byte> source, int offset) =>
        Throw(source, offset, "Invalid number, expected digit but got: " + DescribeCharAt(source, offset) + ".");

    [DoesNotReturn]
    public static void DigitAfterZero(ReadOnlySpan<byte> source, int offset) =>
        Throw(source, offset, "Invalid number, unexpected digit after 0: " + DescribeCharAt(source, offset) + ".");

    [DoesNotReturn]
    public static void InvalidEscape(ReadOnlySpan<byte> source, int offset, int length, bool unicode)
    {
        string text = Encoding.UTF8.GetString(source.Slice(offset, Math.Min(length, source.Length - offset)));
        Throw(source, offset, (unicode ? "Invalid Unicode escape sequence: \"" : "Invalid character escape sequence: \"") + text + "\".");
    }

    [DoesNotReturn]
    public static void TokenLimit(ReadOnlySpan<byte> source, int offset, int maxTokens) =>
        Throw(source, offset, $"Document contains more than {maxTokens} tokens. Parsing aborted.", ErrorCodes.SyntaxTokenLimitExceeded);

    [DoesNotReturn]
    public static void NestingLimit(ReadOnlySpan<byte> source, int offset, int maxDepth) =>
        Throw(source, offset, $"Document exceeds the maximum nesting depth of {maxDepth}. Parsing aborted.", ErrorCodes.SyntaxNestingLimitExceeded);

    [DoesNotReturn]
    public static void DocumentTooLarge(int maxBytes) =>
        throw new SyntaxException(new GraphQLError(
            $"Syntax Error: Document is larger than the limit of {maxBytes} bytes. Parsing aborted.",
            ErrorCodes.SyntaxDocumentTooLarge));
}
