using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace CreativeGraph.GraphQL.Language;

/// <summary>
/// The recursive-descent parser of spec §2 (#sec-Language, grammar in Appendix C), over UTF-8 source.
/// Each method carries its production; Parser.*.cs split the grammar by spec section. The parser
/// throws only <see cref="SyntaxException"/>, also when a <see cref="ParserOptions"/> limit is exceeded.
/// </summary>
public ref partial struct Parser
{
    private readonly int _maxTokens;
    private readonly int _maxDepth;
    private readonly bool _noLocations;
    private Utf8Lexer _lexer;
    private Token _token;
    private int _previousEnd;
    private int _tokenCount;
    private int _depth;

    private Parser(ReadOnlySpan<byte> source, ParserOptions options)
    {
        if (options.MaxDocumentBytes is int maxBytes && source.Length > maxBytes)
        {
            SyntaxError.DocumentTooLarge(maxBytes);
        }

        _maxTokens = options.MaxTokens;
        _maxDepth = options.MaxDepth;
        _noLocations = options.NoLocations;
        _lexer = new Utf8Lexer(source);
        _token = default;
        Advance();
    }

    private delegate T Utf8Entry<T>(ReadOnlySpan<byte> source, ParserOptions options);

    /// <summary>Parses a GraphQL document (executable definitions, type-system definitions and extensions).</summary>
    /// <exception cref="SyntaxException">The source is not a valid document or exceeds a limit.</exception>
    public static DocumentNode Parse(string source, ParserOptions? options = null) =>
        FromString(source, options, static (utf8, o) => Parse(utf8, o));

    /// <summary>Parses a GraphQL document given as UTF-8 bytes.</summary>
    /// <exception cref="SyntaxException">The source is not a valid document or exceeds a limit.</exception>
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
    {
        Parser parser = new(utf8, options ?? ParserOptions.Default);
        return parser.ParseDocument();
    }

    /// <summary>Parses a single value literal, such as <c>{ a: [1, $v] }</c>.</summary>
    /// <exception cref="SyntaxException">The source is not a single value.</exception>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) =>
        FromString(source, options, static (utf8, o) =>
        {
            Parser parser = new(utf8, o);
            ValueNode value = parser.ParseValueLiteral(isConst: false);
            parser.Expect(TokenKind.EndOfFile);
            return value;
        });

    /// <summary>Parses a single type reference, such as <c>[String!]!</c>.</summary>
    /// <exception cref="SyntaxException">The source is not a single type reference.</exception>
    public static TypeNode ParseType(string source, ParserOptions? options = null) =>
        FromString(source, options, static (utf8, o) =>
        {
            Parser parser = new(utf8, o);
            TypeNode type = parser.ParseTypeReference();
            parser.Expect(TokenKind.EndOfFile);
            return type;
        });

    private static T FromString<T>(string source, ParserOptions? options, Utf8Entry<T> parse)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ParserOptions.Default;
        if (options.MaxDocumentBytes is int maxBytes && source.Length > maxBytes)
        {
            SyntaxError.DocumentTooLarge(maxBytes);
        }

        // At most three UTF-8 bytes per UTF-16 code unit.
        long maxLength = Math.Max(1L, source.Length * 3L);
        if (maxLength > Array.MaxLength)
        {
            SyntaxError.DocumentTooLarge(Array.MaxLength / 3);
        }

        byte[] buffer = ArrayPool<byte>.Shared.Rent((int)maxLength);
        try
        {
            OperationStatus status = Utf8.FromUtf16(source, buffer, out int read, out int written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                // A lone surrogate is not a Unicode scalar value, so not a SourceCharacter (#sec-Source-Text).
                SyntaxError.Throw(buffer.AsSpan(0, written), written, $"Invalid character: U+{(int)source[read]:X4}.");
            }

            return parse(buffer.AsSpan(0, written), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Grammar: Document : Definition+
    private DocumentNode ParseDocument()
    {
        Token start = _token;
        List<DefinitionNode> definitions = [];
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (_token.Kind != TokenKind.EndOfFile);

        return new DocumentNode { Definitions = definitions, Location = LocationFrom(start) };
    }

    // Grammar: Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension
    // ExecutableDefinition : OperationDefinition | FragmentDefinition
    private DefinitionNode ParseDefinition()
    {
        if (_token.Kind == TokenKind.LeftBrace)
        {
            return ParseOperationDefinition();
        }

        bool hasDescription = IsDescription();
        Token keyword = hasDescription ? Peek() : _token;
        if (hasDescription && keyword.Kind == TokenKind.LeftBrace)
        {
            SyntaxError.Throw(_lexer.Source, _token.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            ReadOnlySpan<byte> text = TextOf(keyword);
            if (IsTypeSystemDefinitionKeyword(text))
            {
                return ParseTypeSystemDefinition(text);
            }

            if (text.SequenceEqual("query"u8) || text.SequenceEqual("mutation"u8) || text.SequenceEqual("subscription"u8))
            {
                return ParseOperationDefinition();
            }

            if (text.SequenceEqual("fragment"u8))
            {
                return ParseFragmentDefinition();
            }

            if (text.SequenceEqual("extend"u8))
            {
                if (hasDescription)
                {
                    SyntaxError.Throw(_lexer.Source, _token.Start, "Unexpected description, only GraphQL definitions support descriptions.");
                }

                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    // Grammar: Name : NameStart NameContinue*
    private NameNode ParseName()
    {
        Token token = Expect(TokenKind.Name);
        return new NameNode { Value = NameText(token), Location = LocationFrom(token) };
    }

    // Names and numbers are ASCII; repeated ones share one string across documents.
    private readonly string NameText(Token token) => NameCache.Get(TextOf(token));

    private readonly ReadOnlySpan<byte> TextOf(Token token) => _lexer.Source[token.Start..token.End];

    private readonly bool IsKeyword(Token token, ReadOnlySpan<byte> keyword) =>
        token.Kind == TokenKind.Name && TextOf(token).SequenceEqual(keyword);

    private readonly Location? LocationFrom(Token start) =>
        _noLocations ? null : new Location(start.Start, _previousEnd, start.Line, start.Column);

    /// <summary>Consumes the current token and reads the next one, counting tokens against the limit.</summary>
    private Token Advance()
    {
        Token consumed = _token;
        _previousEnd = consumed.End;
        Token next = _lexer.Read();
        if (next.Kind != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
        {
            SyntaxError.TokenLimit(_lexer.Source, next.Start, _maxTokens);
        }

        _token = next;
        return consumed;
    }

    /// <summary>The token after the current one, without consuming anything.</summary>
    private readonly Token Peek()
    {
        Utf8Lexer lookahead = _lexer;
        return lookahead.Read();
    }

    private Token Expect(TokenKind kind)
    {
        if (_token.Kind != kind)
        {
            ThrowExpected(Describe(kind));
        }

        return Advance();
    }

    private bool Skip(TokenKind kind)
    {
        if (_token.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!IsKeyword(_token, keyword))
        {
            ThrowExpected("\"" + Encoding.UTF8.GetString(keyword) + "\"");
        }

        Advance();
    }

    private bool SkipKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!IsKeyword(_token, keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>Enters a nested production (selection set, list, object, list type); the limit keeps the stack safe.</summary>
    private void EnterNesting()
    {
        // The stack check keeps a generous MaxDepth (or a small thread stack) from overflowing the stack.
        if (++_depth > _maxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            SyntaxError.NestingLimit(_lexer.Source, _token.Start, _maxDepth);
        }
    }

    private void LeaveNesting() => _depth--;

    [DoesNotReturn]
    private readonly void ThrowExpected(string expected) =>
        SyntaxError.Throw(_lexer.Source, _token.Start, $"Expected {expected}, found {Describe(_token)}.");

    private readonly SyntaxException Unexpected(Token token)
    {
        SyntaxError.Throw(_lexer.Source, token.Start, $"Unexpected {Describe(token)}.");
        return null!;
    }

    /// <summary>graphql-js getTokenDesc: the kind, then the value in quotes for names, numbers and strings.</summary>
    private readonly string Describe(Token token) => token.Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float => $"{Describe(token.Kind)} \"{NameText(token)}\"",
        TokenKind.String => $"String \"{_lexer.GetStringValue(token)}\"",
        TokenKind.BlockString => $"BlockString \"{_lexer.GetBlockStringValue(token)}\"",
        _ => Describe(token.Kind),
    };

    /// <summary>graphql-js getTokenKindDesc: punctuators in quotes, other kinds by name.</summary>
    private static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Ampersand => "\"&\"",
        TokenKind.LeftParenthesis => "\"(\"",
        TokenKind.RightParenthesis => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.LeftBracket => "\"[\"",
        TokenKind.RightBracket => "\"]\"",
        TokenKind.LeftBrace => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.RightBrace => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        _ => "BlockString",
    };
}
