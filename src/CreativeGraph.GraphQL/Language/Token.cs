namespace CreativeGraph.GraphQL.Language;

/// <summary>
/// One lexical token: its kind, UTF-8 byte offsets into the source (<see cref="Start"/> inclusive,
/// <see cref="End"/> exclusive) and the 1-based line and column of its first character. The token
/// holds no text; the parser materialises names and strings only when it builds a node.
/// </summary>
internal readonly struct Token
{
    public Token(TokenKind kind, int start, int end, int line, int column)
    {
        Kind = kind;
        Start = start;
        End = end;
        Line = line;
        Column = column;
    }

    public TokenKind Kind { get; }

    public int Start { get; }

    public int End { get; }

    public int Line { get; }

    public int Column { get; }

    public bool IsPunctuator => Kind is >= TokenKind.Bang and <= TokenKind.RightBrace;
}
