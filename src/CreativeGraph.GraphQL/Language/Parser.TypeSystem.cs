namespace CreativeGraph.GraphQL.Language;

// Spec §3 Type System: the SDL productions of Appendix C (definitions; extensions are in Parser.TypeSystemExtensions.cs).
public ref partial struct Parser
{
    private static bool IsTypeSystemDefinitionKeyword(ReadOnlySpan<byte> text) =>
        text.SequenceEqual("schema"u8)
        || text.SequenceEqual("scalar"u8)
        || text.SequenceEqual("type"u8)
        || text.SequenceEqual("interface"u8)
        || text.SequenceEqual("union"u8)
        || text.SequenceEqual("enum"u8)
        || text.SequenceEqual("input"u8)
        || text.SequenceEqual("directive"u8);

    // Grammar: TypeSystemDefinition : SchemaDefinition | TypeDefinition | DirectiveDefinition
    // TypeDefinition : ScalarTypeDefinition | ObjectTypeDefinition | InterfaceTypeDefinition
    //                | UnionTypeDefinition | EnumTypeDefinition | InputObjectTypeDefinition
    private TypeSystemDefinitionNode ParseTypeSystemDefinition(ReadOnlySpan<byte> keyword)
    {
        Token start = _token;
        StringValueNode? description = ParseDescription();
        Advance();
        return keyword switch
        {
            _ when keyword.SequenceEqual("schema"u8) => ParseSchemaDefinition(start, description),
            _ when keyword.SequenceEqual("scalar"u8) => new ScalarTypeDefinitionNode
            {
                Description = description,
                Name = ParseName(),
                Directives = ParseDirectives(isConst: true),
                Location = LocationFrom(start),
            },
            _ when keyword.SequenceEqual("type"u8) => new ObjectTypeDefinitionNode
            {
                Description = description,
                Name = ParseName(),
                Interfaces = ParseImplementsInterfaces(),
                Directives = ParseDirectives(isConst: true),
                Fields = ParseFieldsDefinition(),
                Location = LocationFrom(start),
            },
            _ when keyword.SequenceEqual("interface"u8) => new InterfaceTypeDefinitionNode
            {
                Description = description,
                Name = ParseName(),
                Interfaces = ParseImplementsInterfaces(),
                Directives = ParseDirectives(isConst: true),
                Fields = ParseFieldsDefinition(),
                Location = LocationFrom(start),
            },
            _ when keyword.SequenceEqual("union"u8) => new UnionTypeDefinitionNode
            {
                Description = description,
                Name = ParseName(),
                Directives = ParseDirectives(isConst: true),
                Types = ParseUnionMemberTypes(),
                Location = LocationFrom(start),
            },
            _ when keyword.SequenceEqual("enum"u8) => new EnumTypeDefinitionNode
            {
                Description = description,
                Name = ParseName(),
                Directives = ParseDirectives(isConst: true),
                Values = ParseEnumValuesDefinition(),
                Location = LocationFrom(start),
            },
            _ when keyword.SequenceEqual("input"u8) => new InputObjectTypeDefinitionNode
            {
                Description = description,
                Name = ParseName(),
                Directives = ParseDirectives(isConst: true),
                Fields = ParseInputFieldsDefinition(),
                Location = LocationFrom(start),
            },
            _ => ParseDirectiveDefinition(start, description),
        };
    }

    // Grammar: SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
    private SchemaDefinitionNode ParseSchemaDefinition(Token start, StringValueNode? description)
    {
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        Expect(TokenKind.LeftBrace);
        List<OperationTypeDefinitionNode> operationTypes = [];
        do
        {
            operationTypes.Add(ParseRootOperationTypeDefinition());
        }
        while (!Skip(TokenKind.RightBrace));

        return new SchemaDefinitionNode
        {
            Description = description,
            Directives = directives,
            OperationTypes = operationTypes,
            Location = LocationFrom(start),
        };
    }

    // Grammar: RootOperationTypeDefinition : OperationType : NamedType
    private OperationTypeDefinitionNode ParseRootOperationTypeDefinition()
    {
        Token start = _token;
        OperationType operation = ParseOperationType();
        Expect(TokenKind.Colon);
        return new OperationTypeDefinitionNode { Operation = operation, Type = ParseNamedType(), Location = LocationFrom(start) };
    }

    // Grammar: ImplementsInterfaces : ImplementsInterfaces & NamedType | implements `&`? NamedType
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces() =>
        SkipKeyword("implements"u8) ? ParseDelimitedNamedTypes(TokenKind.Ampersand) : [];

    // Grammar: UnionMemberTypes : UnionMemberTypes | NamedType | = `|`? NamedType
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() =>
        Skip(TokenKind.Equals) ? ParseDelimitedNamedTypes(TokenKind.Pipe) : [];

    private List<NamedTypeNode> ParseDelimitedNamedTypes(TokenKind delimiter)
    {
        Skip(delimiter);
        List<NamedTypeNode> types = [];
        do
        {
            types.Add(ParseNamedType());
        }
        while (Skip(delimiter));

        return types;
    }

    // Grammar: FieldsDefinition : { FieldDefinition+ }
    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
    {
        if (!Skip(TokenKind.LeftBrace))
        {
            return [];
        }

        List<FieldDefinitionNode> fields = [];
        do
        {
            fields.Add(ParseFieldDefinition());
        }
        while (!Skip(TokenKind.RightBrace));

        return fields;
    }

    // Grammar: FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?
    private FieldDefinitionNode ParseFieldDefinition()
    {
        Token start = _token;
        StringValueNode? description = ParseDescription();
        NameNode name = ParseName();
        IReadOnlyList<InputValueDefinitionNode> arguments = ParseArgumentsDefinition();
        Expect(TokenKind.Colon);
        return new FieldDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Type = ParseTypeReference(),
            Directives = ParseDirectives(isConst: true),
            Location = LocationFrom(start),
        };
    }

    // Grammar: ArgumentsDefinition : ( InputValueDefinition+ )
    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentsDefinition() =>
        ParseInputValueDefinitions(TokenKind.LeftParenthesis, TokenKind.RightParenthesis);

    // Grammar: InputFieldsDefinition : { InputValueDefinition+ }
    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
        ParseInputValueDefinitions(TokenKind.LeftBrace, TokenKind.RightBrace);

    private IReadOnlyList<InputValueDefinitionNode> ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!Skip(open))
        {
            return [];
        }

        List<InputValueDefinitionNode> values = [];
        do
        {
            values.Add(ParseInputValueDefinition());
        }
        while (!Skip(close));

        return values;
    }

    // Grammar: InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        Token start = _token;
        StringValueNode? description = ParseDescription();
        NameNode name = ParseName();
        Expect(TokenKind.Colon);
        TypeNode type = ParseTypeReference();
        ValueNode? defaultValue = Skip(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        return new InputValueDefinitionNode
        {
            Description = description,
            Name = name,
            Type = type,
            DefaultValue = defaultValue,
            Directives = ParseDirectives(isConst: true),
            Location = LocationFrom(start),
        };
    }

    // Grammar: EnumValuesDefinition : { EnumValueDefinition+ }
    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
    {
        if (!Skip(TokenKind.LeftBrace))
        {
            return [];
        }

        List<EnumValueDefinitionNode> values = [];
        do
        {
            values.Add(ParseEnumValueDefinition());
        }
        while (!Skip(TokenKind.RightBrace));

        return values;
    }

    // Grammar: EnumValueDefinition : Description? EnumValue Directives[Const]?
    // EnumValue : Name but not `true`, `false` or `null`
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        Token start = _token;
        StringValueNode? description = ParseDescription();
        if (IsKeyword(_token, "true"u8) || IsKeyword(_token, "false"u8) || IsKeyword(_token, "null"u8))
        {
            SyntaxError.Throw(_lexer.Source, _token.Start, $"{Describe(_token)} is reserved and cannot be used for an enum value.");
        }

        return new EnumValueDefinitionNode
        {
            Description = description,
            Name = ParseName(),
            Directives = ParseDirectives(isConst: true),
            Location = LocationFrom(start),
        };
    }

    // Grammar: DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? `repeatable`? on DirectiveLocations
    // DirectiveLocations : DirectiveLocations | DirectiveLocation | `|`? DirectiveLocation
    private DirectiveDefinitionNode ParseDirectiveDefinition(Token start, StringValueNode? description)
    {
        Expect(TokenKind.At);
        NameNode name = ParseName();
        IReadOnlyList<InputValueDefinitionNode> arguments = ParseArgumentsDefinition();
        bool repeatable = SkipKeyword("repeatable"u8);
        ExpectKeyword("on"u8);
        Skip(TokenKind.Pipe);
        List<NameNode> locations = [];
        do
        {
            locations.Add(ParseDirectiveLocation());
        }
        while (Skip(TokenKind.Pipe));

        return new DirectiveDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Repeatable = repeatable,
            Locations = locations,
            Location = LocationFrom(start),
        };
    }

    // Grammar: DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation
    private NameNode ParseDirectiveLocation()
    {
        Token token = _token;
        NameNode name = ParseName();
        if (!DirectiveLocations.TryParse(name.Value, out _))
        {
            throw Unexpected(token);
        }

        return name;
    }
}
