namespace CreativeGraph.GraphQL.Language;

// Spec §2.9 Input Values.
public ref partial struct Parser
{
    // Grammar: Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue
    //                         | EnumValue | ListValue[?Const] | ObjectValue[?Const]
    private ValueNode ParseValueLiteral(bool isConst)
    {
        Token token = _token;
        switch (token.Kind)
        {
            case TokenKind.LeftBracket:
                return ParseList(isConst);
            case TokenKind.LeftBrace:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode { Value = NameText(token), Location = LocationFrom(token) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode { Value = NameText(token), Location = LocationFrom(token) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                return ParseNameValue();
            case TokenKind.Dollar:
                if (!isConst)
                {
                    return ParseVariable();
                }

                Advance();
                if (_token.Kind == TokenKind.Name)
                {
                    SyntaxError.Throw(_lexer.Source, token.Start, $"Unexpected variable \"${NameText(_token)}\" in constant value.");
                }

                throw Unexpected(token);
            default:
                throw Unexpected(token);
        }
    }

    // Grammar: BooleanValue : one of `true` `false` ; NullValue : `null` ; EnumValue : Name but not `true`, `false` or `null`
    private ValueNode ParseNameValue()
    {
        Token token = Advance();
        ReadOnlySpan<byte> text = TextOf(token);
        if (text.SequenceEqual("true"u8))
        {
            return new BooleanValueNode { Value = true, Location = LocationFrom(token) };
        }

        if (text.SequenceEqual("false"u8))
        {
            return new BooleanValueNode { Value = false, Location = LocationFrom(token) };
        }

        if (text.SequenceEqual("null"u8))
        {
            return _noLocations ? NullValueNode.Instance : new NullValueNode { Location = LocationFrom(token) };
        }

        return new EnumValueNode { Value = NameText(token), Location = LocationFrom(token) };
    }

    // Grammar: StringValue : `"` StringCharacter* `"` | BlockString
    private StringValueNode ParseStringLiteral()
    {
        Token token = Advance();
        bool block = token.Kind == TokenKind.BlockString;
        return new StringValueNode
        {
            Value = block ? _lexer.GetBlockStringValue(token) : _lexer.GetStringValue(token),
            Block = block,
            Location = LocationFrom(token),
        };
    }

    // Grammar: ListValue[Const] : [ ] | [ Value[?Const]+ ]
    private ListValueNode ParseList(bool isConst)
    {
        EnterNesting();
        Token start = Expect(TokenKind.LeftBracket);
        List<ValueNode> values = [];
        while (!Skip(TokenKind.RightBracket))
        {
            values.Add(ParseValueLiteral(isConst));
        }

        LeaveNesting();
        return new ListValueNode { Values = values, Location = LocationFrom(start) };
    }

    // Grammar: ObjectValue[Const] : { } | { ObjectField[?Const]+ }
    private ObjectValueNode ParseObject(bool isConst)
    {
        EnterNesting();
        Token start = Expect(TokenKind.LeftBrace);
        List<ObjectFieldNode> fields = [];
        while (!Skip(TokenKind.RightBrace))
        {
            fields.Add(ParseObjectField(isConst));
        }

        LeaveNesting();
        return new ObjectValueNode { Fields = fields, Location = LocationFrom(start) };
    }

    // Grammar: ObjectField[Const] : Name : Value[?Const]
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        Token start = _token;
        NameNode name = ParseName();
        Expect(TokenKind.Colon);
        return new ObjectFieldNode { Name = name, Value = ParseValueLiteral(isConst), Location = LocationFrom(start) };
    }

    // Grammar: Description : StringValue
    private StringValueNode? ParseDescription() => IsDescription() ? ParseStringLiteral() : null;

    private readonly bool IsDescription() => _token.Kind is TokenKind.String or TokenKind.BlockString;
}
