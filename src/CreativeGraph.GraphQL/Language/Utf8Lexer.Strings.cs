using System.Buffers;
using System.Text;

namespace CreativeGraph.GraphQL.Language;

internal ref partial struct Utf8Lexer
{
    // StringValue :: `"` StringCharacter* `"`
    // StringCharacter :: SourceCharacter but not `"` or `\` or LineTerminator | `\u` EscapedUnicode | `\` EscapedCharacter
    private Token ReadString(int start)
    {
        ReadOnlySpan<byte> source = _source;
        int position = start + 1;
        while (position < source.Length)
        {
            byte b = source[position];
            if (b == (byte)'"')
            {
                _position = position + 1;
                return MakeToken(TokenKind.String, start, position + 1);
            }

            if (b == (byte)'\\')
            {
                position += EscapeLength(source, position);
                continue;
            }

            if (b == (byte)'\n' || b == (byte)'\r')
            {
                break;
            }

            position += SourceCharacterLength(source, position);
        }

        SyntaxError.UnterminatedString(source, position);
        return default;
    }

    // BlockString :: `"""` BlockStringCharacter* `"""`
    // BlockStringCharacter :: SourceCharacter but not `"""` or `\"""` | `\"""`
    private Token ReadBlockString(int start)
    {
        ReadOnlySpan<byte> source = _source;
        // The token starts on the line where it opens; the lines inside it count for the tokens after it.
        Token opening = MakeToken(TokenKind.BlockString, start, start);
        int position = start + 3;
        while (position < source.Length)
        {
            byte b = source[position];
            if (b == (byte)'"' && IsTripleQuote(source, position))
            {
                _position = position + 3;
                return new Token(TokenKind.BlockString, start, position + 3, opening.Line, opening.Column);
            }

            if (b == (byte)'\\' && IsTripleQuote(source, position + 1))
            {
                position += 4;
                continue;
            }

            if (b == (byte)'\n')
            {
                position++;
                NewLine(position);
                continue;
            }

            if (b == (byte)'\r')
            {
                position++;
                if (position < source.Length && source[position] == (byte)'\n')
                {
                    position++;
                }

                NewLine(position);
                continue;
            }

            position += SourceCharacterLength(source, position);
        }

        SyntaxError.UnterminatedString(source, position);
        return default;
    }

    private static bool IsTripleQuote(ReadOnlySpan<byte> source, int position) =>
        position + 2 < source.Length
        && source[position] == (byte)'"'
        && source[position + 1] == (byte)'"'
        && source[position + 2] == (byte)'"';

    /// <summary>
    /// The byte length of the SourceCharacter at <paramref name="position"/>; throws for invalid UTF-8 (which
    /// includes encoded surrogates). Spec #sec-SourceCharacter: any Unicode scalar value, control characters
    /// included (graphql-js 16 agrees); the callers have already stopped at quotes, escapes and line terminators.
    /// </summary>
    private static int SourceCharacterLength(ReadOnlySpan<byte> source, int position)
    {
        if (source[position] < 0x80)
        {
            return 1;
        }

        if (Rune.DecodeFromUtf8(source[position..], out _, out int length) == OperationStatus.Done)
        {
            return length;
        }

        SyntaxError.InvalidCharacterInString(source, position);
        return 0;
    }

    // EscapedCharacter :: one of `"` `\` `/` `b` `f` `n` `r` `t`
    // EscapedUnicode :: `{` HexDigit+ `}` | HexDigit HexDigit HexDigit HexDigit
    private static int EscapeLength(ReadOnlySpan<byte> source, int position)
    {
        byte next = position + 1 < source.Length ? source[position + 1] : (byte)0;
        switch (next)
        {
            case (byte)'"':
            case (byte)'\\':
            case (byte)'/':
            case (byte)'b':
            case (byte)'f':
            case (byte)'n':
            case (byte)'r':
            case (byte)'t':
                return 2;
            case (byte)'u':
                int length = UnicodeEscape(source, position, out _);
                if (length == 0)
                {
                    SyntaxError.InvalidEscape(source, position, InvalidUnicodeEscapeLength(source, position), unicode: true);
                }

                return length;
        }

        SyntaxError.InvalidEscape(source, position, 2, unicode: false);
        return 0;
    }

    /// <summary>
    /// Decodes the `\u` escape at <paramref name="position"/> into a scalar value and returns its byte
    /// length, or 0 when it is invalid. As in graphql-js, a fixed-width leading surrogate must be followed
    /// by a fixed-width trailing surrogate; any other surrogate and values above U+10FFFF are invalid.
    /// </summary>
    private static int UnicodeEscape(ReadOnlySpan<byte> source, int position, out int scalar)
    {
        scalar = 0;
        if (position + 2 < source.Length && source[position + 2] == (byte)'{')
        {
            long value = 0;
            int size = 3;
            while (position + size < source.Length && size < 12)
            {
                byte b = source[position + size];
                if (b == (byte)'}')
                {
                    if (size < 4 || value > 0x10FFFF || !Rune.IsValid((int)value))
                    {
                        return 0;
                    }

                    scalar = (int)value;
                    return size + 1;
                }

                int digit = HexValue(b);
                if (digit < 0)
                {
                    return 0;
                }

                value = (value << 4) | (uint)digit;
                size++;
            }

            return 0;
        }

        int code = ReadHex4(source, position + 2);
        if (code < 0)
        {
            return 0;
        }

        if (Rune.IsValid(code))
        {
            scalar = code;
            return 6;
        }

        if (char.IsHighSurrogate((char)code)
            && position + 7 < source.Length
            && source[position + 6] == (byte)'\\'
            && source[position + 7] == (byte)'u')
        {
            int trailing = ReadHex4(source, position + 8);
            if (trailing >= 0 && char.IsLowSurrogate((char)trailing))
            {
                scalar = char.ConvertToUtf32((char)code, (char)trailing);
                return 12;
            }
        }

        return 0;
    }

    /// <summary>How much of a bad `\u` escape the message quotes (graphql-js quotes the escape up to where it failed).</summary>
    private static int InvalidUnicodeEscapeLength(ReadOnlySpan<byte> source, int position)
    {
        if (position + 2 < source.Length && source[position + 2] == (byte)'{')
        {
            int size = 3;
            while (position + size < source.Length && size < 12)
            {
                byte b = source[position + size];
                size++;
                if (b == (byte)'}' || HexValue(b) < 0)
                {
                    break;
                }
            }

            return size;
        }

        return 6;
    }

    private static int ReadHex4(ReadOnlySpan<byte> source, int position)
    {
        if (position + 4 > source.Length)
        {
            return -1;
        }

        int value = 0;
        for (int i = 0; i < 4; i++)
        {
            int digit = HexValue(source[position + i]);
            if (digit < 0)
            {
                return -1;
            }

            value = (value << 4) | digit;
        }

        return value;
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    /// <summary>The value of a lexed (hence valid) String token: escapes resolved (#sec-String-Value.Static-Semantics).</summary>
    public readonly string GetStringValue(Token token)
    {
        ReadOnlySpan<byte> content = _source[(token.Start + 1)..(token.End - 1)];
        int escape = content.IndexOf((byte)'\\');
        if (escape < 0)
        {
            return Encoding.UTF8.GetString(content);
        }

        char[] buffer = ArrayPool<char>.Shared.Rent(content.Length);
        try
        {
            int written = 0;
            while (escape >= 0)
            {
                written += Encoding.UTF8.GetChars(content[..escape], buffer.AsSpan(written));
                int length;
                switch (content[escape + 1])
                {
                    case (byte)'u':
                        length = UnicodeEscape(content, escape, out int scalar);
                        written += new Rune(scalar).EncodeToUtf16(buffer.AsSpan(written));
                        break;
                    case (byte)'b':
                        buffer[written++] = '\b';
                        length = 2;
                        break;
                    case (byte)'f':
                        buffer[written++] = '\f';
                        length = 2;
                        break;
                    case (byte)'n':
                        buffer[written++] = '\n';
                        length = 2;
                        break;
                    case (byte)'r':
                        buffer[written++] = '\r';
                        length = 2;
                        break;
                    case (byte)'t':
                        buffer[written++] = '\t';
                        length = 2;
                        break;
                    default:
                        buffer[written++] = (char)content[escape + 1];
                        length = 2;
                        break;
                }

                content = content[(escape + length)..];
                escape = content.IndexOf((byte)'\\');
            }

            written += Encoding.UTF8.GetChars(content, buffer.AsSpan(written));
            return new string(buffer, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The value of a lexed BlockString token: `\"""` unescaped, then BlockStringValue() applied.</summary>
    public readonly string GetBlockStringValue(Token token)
    {
        string raw = Encoding.UTF8.GetString(_source[(token.Start + 3)..(token.End - 3)]);
        return BlockString.Value(raw.Replace("\\\"\"\"", "\"\"\"", StringComparison.Ordinal));
    }
}
