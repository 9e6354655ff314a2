namespace CreativeGraph.GraphQL.Language;

// graphql-js printer for the type-system definitions and extensions (SDL).
public static partial class SyntaxPrinter
{
    private static string PrintTypeSystem(SyntaxNode node) => node switch
    {
        SchemaDefinitionNode schema => Description(schema.Description)
            + Join(["schema", Directives(schema.Directives), Block(schema.OperationTypes.Select(Print))], " "),
        SchemaExtensionNode schema => Join(["extend schema", Directives(schema.Directives), Block(schema.OperationTypes.Select(Print))], " "),
        OperationTypeDefinitionNode operationType => OperationKeyword(operationType.Operation) + ": " + Print(operationType.Type),
        ScalarTypeDefinitionNode scalar => Description(scalar.Description) + Join(["scalar", scalar.Name.Value, Directives(scalar.Directives)], " "),
        ScalarTypeExtensionNode scalar => Join(["extend scalar", scalar.Name.Value, Directives(scalar.Directives)], " "),
        ObjectTypeDefinitionNode type => Description(type.Description)
            + PrintFieldsType("type", type.Name, type.Interfaces, type.Directives, type.Fields),
        ObjectTypeExtensionNode type => PrintFieldsType("extend type", type.Name, type.Interfaces, type.Directives, type.Fields),
        InterfaceTypeDefinitionNode type => Description(type.Description)
            + PrintFieldsType("interface", type.Name, type.Interfaces, type.Directives, type.Fields),
        InterfaceTypeExtensionNode type => PrintFieldsType("extend interface", type.Name, type.Interfaces, type.Directives, type.Fields),
        FieldDefinitionNode field => Description(field.Description)
            + field.Name.Value + PrintArgumentsDefinition(field.Arguments) + ": " + Print(field.Type)
            + Wrap(" ", Directives(field.Directives)),
        InputValueDefinitionNode input => Description(input.Description)
            + Join(
                [input.Name.Value + ": " + Print(input.Type), Wrap("= ", input.DefaultValue is null ? null : Print(input.DefaultValue)), Directives(input.Directives)],
                " "),
        UnionTypeDefinitionNode union => Description(union.Description) + PrintUnion("union", union.Name, union.Directives, union.Types),
        UnionTypeExtensionNode union => PrintUnion("extend union", union.Name, union.Directives, union.Types),
        EnumTypeDefinitionNode enumType => Description(enumType.Description)
            + Join(["enum", enumType.Name.Value, Directives(enumType.Directives), Block(enumType.Values.Select(Print))], " "),
        EnumTypeExtensionNode enumType => Join(["extend enum", enumType.Name.Value, Directives(enumType.Directives), Block(enumType.Values.Select(Print))], " "),
        EnumValueDefinitionNode value => Description(value.Description) + Join([value.Name.Value, Directives(value.Directives)], " "),
        InputObjectTypeDefinitionNode input => Description(input.Description)
            + Join(["input", input.Name.Value, Directives(input.Directives), Block(input.Fields.Select(Print))], " "),
        InputObjectTypeExtensionNode input => Join(["extend input", input.Name.Value, Directives(input.Directives), Block(input.Fields.Select(Print))], " "),
        DirectiveDefinitionNode directive => Description(directive.Description)
            + "directive @" + directive.Name.Value + PrintArgumentsDefinition(directive.Arguments)
            + (directive.Repeatable ? " repeatable" : string.Empty)
            + " on " + Join(directive.Locations.Select(l => l.Value), " | "),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.Kind, "Unknown syntax node."),
    };

    private static string PrintFieldsType(
        string keyword,
        NameNode name,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields) =>
        Join(
            [keyword, name.Value, Wrap("implements ", Join(interfaces.Select(Print), " & ")), Directives(directives), Block(fields.Select(Print))],
            " ");

    private static string PrintUnion(string keyword, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types) =>
        Join([keyword, name.Value, Directives(directives), Wrap("= ", Join(types.Select(Print), " | "))], " ");

    // ArgumentsDefinition: one argument per line as soon as any of them spans lines (a block description).
    private static string PrintArgumentsDefinition(IReadOnlyList<InputValueDefinitionNode> arguments) =>
        PrintList(arguments.Select(Print).ToList());
}
