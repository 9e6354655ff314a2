namespace CreativeGraph.GraphQL.Language;

/// <summary>The lexical token kinds of spec #sec-Lexical-Tokens (Ignored tokens are skipped by the lexer).</summary>
internal enum TokenKind : byte
{
    StartOfFile,
    EndOfFile,

    // Punctuator :: one of ! $ & ( ) ... : = @ [ ] { | }
    Bang,
    Dollar,
    Ampersand,
    LeftParenthesis,
    RightParenthesis,
    Spread,
    Colon,
    Equals,
    At,
    LeftBracket,
    RightBracket,
    LeftBrace,
    Pipe,
    RightBrace,

    Name,
    Int,
    Float,
    String,
    BlockString,
}
