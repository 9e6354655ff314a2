namespace CreativeGraph.GraphQL.Language;

/// <summary>The walk through type system definitions and extensions (spec #sec-Type-System).</summary>
public abstract partial class SyntaxWalker
{
    // Input value definitions do not know whether they define an argument or an input field; their parent says.
    private DirectiveLocation _inputValueLocation = DirectiveLocation.ArgumentDefinition;

    protected virtual void VisitSchemaDefinition(SchemaDefinitionNode node)
    {
        VisitDescription(node.Description);
        VisitDirectives(node.Directives, DirectiveLocation.Schema);
        VisitAll(node.OperationTypes);
    }

    protected virtual void VisitSchemaExtension(SchemaExtensionNode node)
    {
        VisitDirectives(node.Directives, DirectiveLocation.Schema);
        VisitAll(node.OperationTypes);
    }

    protected virtual void VisitOperationTypeDefinition(OperationTypeDefinitionNode node) => Visit(node.Type);

    protected virtual void VisitScalarTypeDefinition(ScalarTypeDefinitionNode node) => VisitTypeHeader(node, DirectiveLocation.Scalar);

    protected virtual void VisitScalarTypeExtension(ScalarTypeExtensionNode node) => VisitTypeHeader(node, DirectiveLocation.Scalar);

    protected virtual void VisitObjectTypeDefinition(ObjectTypeDefinitionNode node) =>
        VisitFieldsType(node, node.Interfaces, DirectiveLocation.Object, node.Fields);

    protected virtual void VisitObjectTypeExtension(ObjectTypeExtensionNode node) =>
        VisitFieldsType(node, node.Interfaces, DirectiveLocation.Object, node.Fields);

    protected virtual void VisitInterfaceTypeDefinition(InterfaceTypeDefinitionNode node) =>
        VisitFieldsType(node, node.Interfaces, DirectiveLocation.Interface, node.Fields);

    protected virtual void VisitInterfaceTypeExtension(InterfaceTypeExtensionNode node) =>
        VisitFieldsType(node, node.Interfaces, DirectiveLocation.Interface, node.Fields);

    protected virtual void VisitUnionTypeDefinition(UnionTypeDefinitionNode node) => VisitTypeAndMembers(node, DirectiveLocation.Union, node.Types);

    protected virtual void VisitUnionTypeExtension(UnionTypeExtensionNode node) => VisitTypeAndMembers(node, DirectiveLocation.Union, node.Types);

    protected virtual void VisitEnumTypeDefinition(EnumTypeDefinitionNode node) => VisitTypeAndMembers(node, DirectiveLocation.Enum, node.Values);

    protected virtual void VisitEnumTypeExtension(EnumTypeExtensionNode node) => VisitTypeAndMembers(node, DirectiveLocation.Enum, node.Values);

    protected virtual void VisitInputObjectTypeDefinition(InputObjectTypeDefinitionNode node)
    {
        VisitTypeHeader(node, DirectiveLocation.InputObject);
        VisitInputValueDefinitions(node.Fields, DirectiveLocation.InputFieldDefinition);
    }

    protected virtual void VisitInputObjectTypeExtension(InputObjectTypeExtensionNode node)
    {
        VisitTypeHeader(node, DirectiveLocation.InputObject);
        VisitInputValueDefinitions(node.Fields, DirectiveLocation.InputFieldDefinition);
    }

    protected virtual void VisitFieldDefinition(FieldDefinitionNode node)
    {
        VisitDescription(node.Description);
        Visit(node.Name);
        VisitInputValueDefinitions(node.Arguments, DirectiveLocation.ArgumentDefinition);
        Visit(node.Type);
        VisitDirectives(node.Directives, DirectiveLocation.FieldDefinition);
    }

    protected virtual void VisitInputValueDefinition(InputValueDefinitionNode node)
    {
        DirectiveLocation location = _inputValueLocation;
        VisitDescription(node.Description);
        Visit(node.Name);
        Visit(node.Type);
        Visit(node.DefaultValue);
        VisitDirectives(node.Directives, location);
    }

    protected virtual void VisitEnumValueDefinition(EnumValueDefinitionNode node)
    {
        VisitDescription(node.Description);
        Visit(node.Name);
        VisitDirectives(node.Directives, DirectiveLocation.EnumValue);
    }

    protected virtual void VisitDirectiveDefinition(DirectiveDefinitionNode node)
    {
        VisitDescription(node.Description);
        Visit(node.Name);
        VisitInputValueDefinitions(node.Arguments, DirectiveLocation.ArgumentDefinition);
        VisitAll(node.Locations);
    }

    private void VisitTypeSystem(SyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode n:
                VisitSchemaDefinition(n);
                break;
            case SchemaExtensionNode n:
                VisitSchemaExtension(n);
                break;
            case OperationTypeDefinitionNode n:
                VisitOperationTypeDefinition(n);
                break;
            case ScalarTypeDefinitionNode n:
                VisitScalarTypeDefinition(n);
                break;
            case ScalarTypeExtensionNode n:
                VisitScalarTypeExtension(n);
                break;
            case ObjectTypeDefinitionNode n:
                VisitObjectTypeDefinition(n);
                break;
            case ObjectTypeExtensionNode n:
                VisitObjectTypeExtension(n);
                break;
            case InterfaceTypeDefinitionNode n:
                VisitInterfaceTypeDefinition(n);
                break;
            case InterfaceTypeExtensionNode n:
                VisitInterfaceTypeExtension(n);
                break;
            case UnionTypeDefinitionNode n:
                VisitUnionTypeDefinition(n);
                break;
            case UnionTypeExtensionNode n:
                VisitUnionTypeExtension(n);
                break;
            case EnumTypeDefinitionNode n:
                VisitEnumTypeDefinition(n);
                break;
            case EnumTypeExtensionNode n:
                VisitEnumTypeExtension(n);
                break;
            case EnumValueDefinitionNode n:
                VisitEnumValueDefinition(n);
                break;
            case InputObjectTypeDefinitionNode n:
                VisitInputObjectTypeDefinition(n);
                break;
            case InputObjectTypeExtensionNode n:
                VisitInputObjectTypeExtension(n);
                break;
            case FieldDefinitionNode n:
                VisitFieldDefinition(n);
                break;
            case InputValueDefinitionNode n:
                VisitInputValueDefinition(n);
                break;
            case DirectiveDefinitionNode n:
                VisitDirectiveDefinition(n);
                break;
        }
    }

    private void VisitTypeAndMembers<T>(TypeDefinitionNode node, DirectiveLocation location, IReadOnlyList<T> members)
        where T : SyntaxNode
    {
        VisitTypeHeader(node, location);
        VisitAll(members);
    }

    // Description, name and directives: the start every type definition and extension shares.
    private void VisitTypeHeader(TypeDefinitionNode node, DirectiveLocation location)
    {
        VisitDescription(node.Description);
        Visit(node.Name);
        VisitDirectives(node.Directives, location);
    }

    private void VisitFieldsType(TypeDefinitionNode node, IReadOnlyList<NamedTypeNode> interfaces, DirectiveLocation location, IReadOnlyList<FieldDefinitionNode> fields)
    {
        VisitDescription(node.Description);
        Visit(node.Name);
        VisitAll(interfaces);
        VisitDirectives(node.Directives, location);
        VisitAll(fields);
    }

    private void VisitInputValueDefinitions(IReadOnlyList<InputValueDefinitionNode> definitions, DirectiveLocation location)
    {
        DirectiveLocation outer = _inputValueLocation;
        _inputValueLocation = location;
        VisitAll(definitions);
        _inputValueLocation = outer;
    }
}
