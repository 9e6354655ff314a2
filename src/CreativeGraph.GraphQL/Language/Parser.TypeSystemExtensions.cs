namespace CreativeGraph.GraphQL.Language;

// Spec §3 Type System: TypeSystemExtension (#sec-Type-System-Extensions) and the TypeExtension productions.
public ref partial struct Parser
{
    // Grammar: TypeSystemExtension : SchemaExtension | TypeExtension
    // TypeExtension : ScalarTypeExtension | ObjectTypeExtension | InterfaceTypeExtension
    //               | UnionTypeExtension | EnumTypeExtension | InputObjectTypeExtension
    private TypeSystemDefinitionNode ParseTypeSystemExtension()
    {
        Token start = _token;
        Token keyword = Peek();
        if (keyword.Kind == TokenKind.Name)
        {
            ReadOnlySpan<byte> text = TextOf(keyword);
            TypeSystemDefinitionNode? extension = null;
            Advance();
            Advance();
            if (text.SequenceEqual("schema"u8))
            {
                extension = ParseSchemaExtension(start);
            }
            else if (text.SequenceEqual("scalar"u8))
            {
                extension = ParseScalarTypeExtension(start);
            }
            else if (text.SequenceEqual("type"u8) || text.SequenceEqual("interface"u8))
            {
                extension = ParseObjectOrInterfaceTypeExtension(start, isInterface: text[0] == (byte)'i');
            }
            else if (text.SequenceEqual("union"u8))
            {
                extension = ParseUnionTypeExtension(start);
            }
            else if (text.SequenceEqual("enum"u8))
            {
                extension = ParseEnumTypeExtension(start);
            }
            else if (text.SequenceEqual("input"u8))
            {
                extension = ParseInputObjectTypeExtension(start);
            }

            if (extension is not null)
            {
                return extension;
            }
        }

        throw Unexpected(keyword);
    }

    // Grammar: SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]
    private SchemaExtensionNode ParseSchemaExtension(Token start)
    {
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        List<OperationTypeDefinitionNode> operationTypes = [];
        if (Skip(TokenKind.LeftBrace))
        {
            do
            {
                operationTypes.Add(ParseRootOperationTypeDefinition());
            }
            while (!Skip(TokenKind.RightBrace));
        }

        RequireExtensionContent(directives.Count + operationTypes.Count);
        return new SchemaExtensionNode { Directives = directives, OperationTypes = operationTypes, Location = LocationFrom(start) };
    }

    // Grammar: ScalarTypeExtension : extend scalar Name Directives[Const]
    private ScalarTypeExtensionNode ParseScalarTypeExtension(Token start)
    {
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        RequireExtensionContent(directives.Count);
        return new ScalarTypeExtensionNode { Name = name, Directives = directives, Location = LocationFrom(start) };
    }

    // Grammar: ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
    //          | extend type Name ImplementsInterfaces? Directives[Const] | extend type Name ImplementsInterfaces
    // InterfaceTypeExtension : the same productions with `interface`
    private TypeDefinitionNode ParseObjectOrInterfaceTypeExtension(Token start, bool isInterface)
    {
        NameNode name = ParseName();
        IReadOnlyList<NamedTypeNode> interfaces = ParseImplementsInterfaces();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<FieldDefinitionNode> fields = ParseFieldsDefinition();
        RequireExtensionContent(interfaces.Count + directives.Count + fields.Count);
        return isInterface
            ? new InterfaceTypeExtensionNode { Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Location = LocationFrom(start) }
            : new ObjectTypeExtensionNode { Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Location = LocationFrom(start) };
    }

    // Grammar: UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]
    private UnionTypeExtensionNode ParseUnionTypeExtension(Token start)
    {
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<NamedTypeNode> types = ParseUnionMemberTypes();
        RequireExtensionContent(directives.Count + types.Count);
        return new UnionTypeExtensionNode { Name = name, Directives = directives, Types = types, Location = LocationFrom(start) };
    }

    // Grammar: EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const]
    private EnumTypeExtensionNode ParseEnumTypeExtension(Token start)
    {
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<EnumValueDefinitionNode> values = ParseEnumValuesDefinition();
        RequireExtensionContent(directives.Count + values.Count);
        return new EnumTypeExtensionNode { Name = name, Directives = directives, Values = values, Location = LocationFrom(start) };
    }

    // Grammar: InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition | extend input Name Directives[Const]
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension(Token start)
    {
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<InputValueDefinitionNode> fields = ParseInputFieldsDefinition();
        RequireExtensionContent(directives.Count + fields.Count);
        return new InputObjectTypeExtensionNode { Name = name, Directives = directives, Fields = fields, Location = LocationFrom(start) };
    }

    /// <summary>An extension must add something; graphql-js reports the token where the content should start.</summary>
    private readonly void RequireExtensionContent(int count)
    {
        if (count == 0)
        {
            throw Unexpected(_token);
        }
    }
}
