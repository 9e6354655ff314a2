using System.Runtime.CompilerServices;
using System.Text;

namespace CreativeGraph.GraphQL.Language;

/// <summary>
/// The lexer of spec #sec-Language (Source Text, Ignored Tokens, Lexical Tokens) over UTF-8 bytes.
/// It allocates nothing: tokens are offsets, and names and strings are materialised by the parser.
/// Lines and columns are tracked incrementally, columns counted in Unicode code points.
/// </summary>
internal ref partial struct Utf8Lexer
{
    private readonly ReadOnlySpan<byte> _source;
    private int _position;
    private int _line;
    private int _lineStart;
    private int _columnOffset;
    private int _column;

    public Utf8Lexer(ReadOnlySpan<byte> source)
    {
        _source = source;
        _line = 1;
        _column = 1;
    }

    public readonly ReadOnlySpan<byte> Source => _source;

    /// <summary>Reads the next token, skipping Ignored tokens; returns EndOfFile at the end.</summary>
    public Token Read()
    {
        SkipIgnored();
        ReadOnlySpan<byte> source = _source;
        int start = _position;
        if (start >= source.Length)
        {
            return MakeToken(TokenKind.EndOfFile, start, start);
        }

        byte b = source[start];
        switch (b)
        {
            case (byte)'!':
                return Punctuator(TokenKind.Bang, start);
            case (byte)'$':
                return Punctuator(TokenKind.Dollar, start);
            case (byte)'&':
                return Punctuator(TokenKind.Ampersand, start);
            case (byte)'(':
                return Punctuator(TokenKind.LeftParenthesis, start);
            case (byte)')':
                return Punctuator(TokenKind.RightParenthesis, start);
            case (byte)':':
                return Punctuator(TokenKind.Colon, start);
            case (byte)'=':
                return Punctuator(TokenKind.Equals, start);
            case (byte)'@':
                return Punctuator(TokenKind.At, start);
            case (byte)'[':
                return Punctuator(TokenKind.LeftBracket, start);
            case (byte)']':
                return Punctuator(TokenKind.RightBracket, start);
            case (byte)'{':
                return Punctuator(TokenKind.LeftBrace, start);
            case (byte)'|':
                return Punctuator(TokenKind.Pipe, start);
            case (byte)'}':
                return Punctuator(TokenKind.RightBrace, start);
            case (byte)'.':
                if (start + 2 < source.Length && source[start + 1] == (byte)'.' && source[start + 2] == (byte)'.')
                {
                    _position = start + 3;
                    return MakeToken(TokenKind.Spread, start, start + 3);
                }

                break;
            case (byte)'"':
                if (start + 2 < source.Length && source[start + 1] == (byte)'"' && source[start + 2] == (byte)'"')
                {
                    return ReadBlockString(start);
                }

                return ReadString(start);
            default:
                if (IsDigit(b) || b == (byte)'-')
                {
                    return ReadNumber(start);
                }

                if (IsNameStart(b))
                {
                    return ReadName(start);
                }

                break;
        }

        SyntaxError.UnexpectedCharacter(source, start);
        return default;
    }

    // Ignored :: UnicodeBOM | Whitespace | LineTerminator | Comment | Comma   (#sec-Language.Source-Text.Ignored-Tokens)
    private void SkipIgnored()
    {
        ReadOnlySpan<byte> source = _source;
        int position = _position;
        while (position < source.Length)
        {
            switch (source[position])
            {
                case (byte)' ':
                case (byte)'\t':
                case (byte)',':
                    position++;
                    continue;
                case (byte)'\n':
                    position++;
                    NewLine(position);
                    continue;
                case (byte)'\r':
                    position++;
                    if (position < source.Length && source[position] == (byte)'\n')
                    {
                        position++;
                    }

                    NewLine(position);
                    continue;
                case (byte)'#':
                    position = SkipComment(position + 1);
                    continue;
                case 0xEF when position + 2 < source.Length && source[position + 1] == 0xBB && source[position + 2] == 0xBF:
                    // UnicodeBOM (U+FEFF) is ignored anywhere between tokens.
                    position += 3;
                    continue;
            }

            break;
        }

        _position = position;
    }

    // Comment :: `#` CommentChar* ; CommentChar :: SourceCharacter but not LineTerminator
    private readonly int SkipComment(int position)
    {
        ReadOnlySpan<byte> source = _source;
        while (position < source.Length)
        {
            byte b = source[position];
            if (b == (byte)'\n' || b == (byte)'\r')
            {
                break;
            }

            if (b < 0x80)
            {
                position++;
                continue;
            }

            // Invalid UTF-8 ends the comment; the next token read reports it.
            if (Rune.DecodeFromUtf8(source[position..], out _, out int length) != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            position += length;
        }

        return position;
    }

    // Name :: NameStart NameContinue* [lookahead != NameContinue]
    private Token ReadName(int start)
    {
        ReadOnlySpan<byte> source = _source;
        int position = start + 1;
        while (position < source.Length && IsNameContinue(source[position]))
        {
            position++;
        }

        _position = position;
        return MakeToken(TokenKind.Name, start, position);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Token Punctuator(TokenKind kind, int start)
    {
        _position = start + 1;
        return MakeToken(kind, start, start + 1);
    }

    private Token MakeToken(TokenKind kind, int start, int end)
    {
        if (_columnOffset < _lineStart)
        {
            _columnOffset = _lineStart;
            _column = 1;
        }

        _column += CountCodePoints(_source[_columnOffset..start]);
        _columnOffset = start;
        return new Token(kind, start, end, _line, _column);
    }

    private void NewLine(int lineStart)
    {
        _line++;
        _lineStart = lineStart;
    }

    /// <summary>The number of code points in UTF-8 text: every byte that is not a continuation byte.</summary>
    public static int CountCodePoints(ReadOnlySpan<byte> utf8)
    {
        int count = utf8.Length;
        foreach (byte b in utf8)
        {
            if ((b & 0xC0) == 0x80)
            {
                count--;
            }
        }

        return count;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    // NameStart :: Letter | `_`
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNameStart(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a' || b == (byte)'_';

    // NameContinue :: Letter | Digit | `_`
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNameContinue(byte b) => IsNameStart(b) || IsDigit(b);
}
