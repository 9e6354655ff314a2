namespace CreativeGraph.GraphQL.Language;

internal ref partial struct Utf8Lexer
{
    // IntValue :: IntegerPart [lookahead != {Digit, `.`, NameStart}]
    // FloatValue :: IntegerPart FractionalPart? ExponentPart? [lookahead != {Digit, `.`, NameStart}]
    // IntegerPart :: NegativeSign? 0 | NegativeSign? NonZeroDigit Digit*
    private Token ReadNumber(int start)
    {
        ReadOnlySpan<byte> source = _source;
        int position = start;
        bool isFloat = false;

        if (source[position] == (byte)'-')
        {
            position++;
        }

        if (position < source.Length && source[position] == (byte)'0')
        {
            position++;
            if (position < source.Length && IsDigit(source[position]))
            {
                SyntaxError.DigitAfterZero(source, position);
            }
        }
        else
        {
            position = ReadDigits(position);
        }

        // FractionalPart :: . Digit+
        if (position < source.Length && source[position] == (byte)'.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
        }

        // ExponentPart :: ExponentIndicator Sign? Digit+
        if (position < source.Length && (source[position] | 0x20) == (byte)'e')
        {
            isFloat = true;
            position++;
            if (position < source.Length && (source[position] == (byte)'+' || source[position] == (byte)'-'))
            {
                position++;
            }

            position = ReadDigits(position);
        }

        if (position < source.Length && (source[position] == (byte)'.' || IsNameStart(source[position])))
        {
            SyntaxError.ExpectedDigit(source, position);
        }

        _position = position;
        return MakeToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    // Digit+
    private readonly int ReadDigits(int position)
    {
        ReadOnlySpan<byte> source = _source;
        if (position >= source.Length || !IsDigit(source[position]))
        {
            SyntaxError.ExpectedDigit(source, position);
        }

        position++;
        while (position < source.Length && IsDigit(source[position]))
        {
            position++;
        }

        return position;
    }
}
