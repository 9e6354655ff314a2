namespace CreativeGraph.GraphQL.Language;

/// <summary>
/// A depth-first walk over a syntax tree with a virtual <c>Visit</c> (before the children; return false
/// to skip them) and <c>Leave</c> (after them) per node type. Override the overloads you need. An
/// instance walks one tree at a time (it reuses its child lists).
/// </summary>
public abstract class SyntaxWalker
{
    // One reusable child list per depth: a walk allocates nothing once the lists have grown.
    private readonly List<List<SyntaxNode?>> _children = [];
    private int _depth;

    /// <summary>Walks <paramref name="node"/> and its subtree.</summary>
    public void Walk(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (Enter(node))
        {
            if (_depth == _children.Count)
            {
                _children.Add([]);
            }

            List<SyntaxNode?> children = _children[_depth++];
            SyntaxChildren.AddTo(node, children);
            try
            {
                for (int i = 0; i < children.Count; i++)
                {
                    if (children[i] is SyntaxNode child)
                    {
                        Walk(child);
                    }
                }
            }
            finally
            {
                children.Clear();
                _depth--;
            }
        }

        Exit(node);
    }

    /// <summary>Called before any node's type-specific Visit; return false to skip the node and its subtree.</summary>
    protected virtual bool VisitAny(SyntaxNode node) => true;

    /// <summary>Called after any node's type-specific Leave.</summary>
    protected virtual void LeaveAny(SyntaxNode node) { }

    private bool Enter(SyntaxNode node) => VisitAny(node) && node.Kind switch
    {
        SyntaxKind.Name => Visit((NameNode)node),
        SyntaxKind.Document => Visit((DocumentNode)node),
        SyntaxKind.OperationDefinition => Visit((OperationDefinitionNode)node),
        SyntaxKind.VariableDefinition => Visit((VariableDefinitionNode)node),
        SyntaxKind.Variable => Visit((VariableNode)node),
        SyntaxKind.SelectionSet => Visit((SelectionSetNode)node),
        SyntaxKind.Field => Visit((FieldNode)node),
        SyntaxKind.Argument => Visit((ArgumentNode)node),
        SyntaxKind.FragmentSpread => Visit((FragmentSpreadNode)node),
        SyntaxKind.InlineFragment => Visit((InlineFragmentNode)node),
        SyntaxKind.FragmentDefinition => Visit((FragmentDefinitionNode)node),
        SyntaxKind.IntValue => Visit((IntValueNode)node),
        SyntaxKind.FloatValue => Visit((FloatValueNode)node),
        SyntaxKind.StringValue => Visit((StringValueNode)node),
        SyntaxKind.BooleanValue => Visit((BooleanValueNode)node),
        SyntaxKind.NullValue => Visit((NullValueNode)node),
        SyntaxKind.EnumValue => Visit((EnumValueNode)node),
        SyntaxKind.ListValue => Visit((ListValueNode)node),
        SyntaxKind.ObjectValue => Visit((ObjectValueNode)node),
        SyntaxKind.ObjectField => Visit((ObjectFieldNode)node),
        SyntaxKind.Directive => Visit((DirectiveNode)node),
        SyntaxKind.NamedType => Visit((NamedTypeNode)node),
        SyntaxKind.ListType => Visit((ListTypeNode)node),
        SyntaxKind.NonNullType => Visit((NonNullTypeNode)node),
        SyntaxKind.SchemaDefinition => Visit((SchemaDefinitionNode)node),
        SyntaxKind.OperationTypeDefinition => Visit((OperationTypeDefinitionNode)node),
        SyntaxKind.ScalarTypeDefinition => Visit((ScalarTypeDefinitionNode)node),
        SyntaxKind.ObjectTypeDefinition => Visit((ObjectTypeDefinitionNode)node),
        SyntaxKind.FieldDefinition => Visit((FieldDefinitionNode)node),
        SyntaxKind.InputValueDefinition => Visit((InputValueDefinitionNode)node),
        SyntaxKind.InterfaceTypeDefinition => Visit((InterfaceTypeDefinitionNode)node),
        SyntaxKind.UnionTypeDefinition => Visit((UnionTypeDefinitionNode)node),
        SyntaxKind.EnumTypeDefinition => Visit((EnumTypeDefinitionNode)node),
        SyntaxKind.EnumValueDefinition => Visit((EnumValueDefinitionNode)node),
        SyntaxKind.InputObjectTypeDefinition => Visit((InputObjectTypeDefinitionNode)node),
        SyntaxKind.DirectiveDefinition => Visit((DirectiveDefinitionNode)node),
        SyntaxKind.SchemaExtension => Visit((SchemaExtensionNode)node),
        SyntaxKind.ScalarTypeExtension => Visit((ScalarTypeExtensionNode)node),
        SyntaxKind.ObjectTypeExtension => Visit((ObjectTypeExtensionNode)node),
        SyntaxKind.InterfaceTypeExtension => Visit((InterfaceTypeExtensionNode)node),
        SyntaxKind.UnionTypeExtension => Visit((UnionTypeExtensionNode)node),
        SyntaxKind.EnumTypeExtension => Visit((EnumTypeExtensionNode)node),
        SyntaxKind.InputObjectTypeExtension => Visit((InputObjectTypeExtensionNode)node),
        _ => true,
    };

    private void Exit(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.Name:
                Leave((NameNode)node);
                break;
            case SyntaxKind.Document:
                Leave((DocumentNode)node);
                break;
            case SyntaxKind.OperationDefinition:
                Leave((OperationDefinitionNode)node);
                break;
            case SyntaxKind.VariableDefinition:
                Leave((VariableDefinitionNode)node);
                break;
            case SyntaxKind.Variable:
                Leave((VariableNode)node);
                break;
            case SyntaxKind.SelectionSet:
                Leave((SelectionSetNode)node);
                break;
            case SyntaxKind.Field:
                Leave((FieldNode)node);
                break;
            case SyntaxKind.Argument:
                Leave((ArgumentNode)node);
                break;
            case SyntaxKind.FragmentSpread:
                Leave((FragmentSpreadNode)node);
                break;
            case SyntaxKind.InlineFragment:
                Leave((InlineFragmentNode)node);
                break;
            case SyntaxKind.FragmentDefinition:
                Leave((FragmentDefinitionNode)node);
                break;
            case SyntaxKind.IntValue:
                Leave((IntValueNode)node);
                break;
            case SyntaxKind.FloatValue:
                Leave((FloatValueNode)node);
                break;
            case SyntaxKind.StringValue:
                Leave((StringValueNode)node);
                break;
            case SyntaxKind.BooleanValue:
                Leave((BooleanValueNode)node);
                break;
            case SyntaxKind.NullValue:
                Leave((NullValueNode)node);
                break;
            case SyntaxKind.EnumValue:
                Leave((EnumValueNode)node);
                break;
            case SyntaxKind.ListValue:
                Leave((ListValueNode)node);
                break;
            case SyntaxKind.ObjectValue:
                Leave((ObjectValueNode)node);
                break;
            case SyntaxKind.ObjectField:
                Leave((ObjectFieldNode)node);
                break;
            case SyntaxKind.Directive:
                Leave((DirectiveNode)node);
                break;
            case SyntaxKind.NamedType:
                Leave((NamedTypeNode)node);
                break;
            case SyntaxKind.ListType:
                Leave((ListTypeNode)node);
                break;
            case SyntaxKind.NonNullType:
                Leave((NonNullTypeNode)node);
                break;
            case SyntaxKind.SchemaDefinition:
                Leave((SchemaDefinitionNode)node);
                break;
            case SyntaxKind.OperationTypeDefinition:
                Leave((OperationTypeDefinitionNode)node);
                break;
            case SyntaxKind.ScalarTypeDefinition:
                Leave((ScalarTypeDefinitionNode)node);
                break;
            case SyntaxKind.ObjectTypeDefinition:
                Leave((ObjectTypeDefinitionNode)node);
                break;
            case SyntaxKind.FieldDefinition:
                Leave((FieldDefinitionNode)node);
                break;
            case SyntaxKind.InputValueDefinition:
                Leave((InputValueDefinitionNode)node);
                break;
            case SyntaxKind.InterfaceTypeDefinition:
                Leave((InterfaceTypeDefinitionNode)node);
                break;
            case SyntaxKind.UnionTypeDefinition:
                Leave((UnionTypeDefinitionNode)node);
                break;
            case SyntaxKind.EnumTypeDefinition:
                Leave((EnumTypeDefinitionNode)node);
                break;
            case SyntaxKind.EnumValueDefinition:
                Leave((EnumValueDefinitionNode)node);
                break;
            case SyntaxKind.InputObjectTypeDefinition:
                Leave((InputObjectTypeDefinitionNode)node);
                break;
            case SyntaxKind.DirectiveDefinition:
                Leave((DirectiveDefinitionNode)node);
                break;
            case SyntaxKind.SchemaExtension:
                Leave((SchemaExtensionNode)node);
                break;
            case SyntaxKind.ScalarTypeExtension:
                Leave((ScalarTypeExtensionNode)node);
                break;
            case SyntaxKind.ObjectTypeExtension:
                Leave((ObjectTypeExtensionNode)node);
                break;
            case SyntaxKind.InterfaceTypeExtension:
                Leave((InterfaceTypeExtensionNode)node);
                break;
            case SyntaxKind.UnionTypeExtension:
                Leave((UnionTypeExtensionNode)node);
                break;
            case SyntaxKind.EnumTypeExtension:
                Leave((EnumTypeExtensionNode)node);
                break;
            case SyntaxKind.InputObjectTypeExtension:
                Leave((InputObjectTypeExtensionNode)node);
                break;
        }

        LeaveAny(node);
    }

    protected virtual bool Visit(NameNode node) => true;
    protected virtual void Leave(NameNode node) { }

    protected virtual bool Visit(DocumentNode node) => true;
    protected virtual void Leave(DocumentNode node) { }

    protected virtual bool Visit(OperationDefinitionNode node) => true;
    protected virtual void Leave(OperationDefinitionNode node) { }

    protected virtual bool Visit(VariableDefinitionNode node) => true;
    protected virtual void Leave(VariableDefinitionNode node) { }

    protected virtual bool Visit(VariableNode node) => true;
    protected virtual void Leave(VariableNode node) { }

    protected virtual bool Visit(SelectionSetNode node) => true;
    protected virtual void Leave(SelectionSetNode node) { }

    protected virtual bool Visit(FieldNode node) => true;
    protected virtual void Leave(FieldNode node) { }

    protected virtual bool Visit(ArgumentNode node) => true;
    protected virtual void Leave(ArgumentNode node) { }

    protected virtual bool Visit(FragmentSpreadNode node) => true;
    protected virtual void Leave(FragmentSpreadNode node) { }

    protected virtual bool Visit(InlineFragmentNode node) => true;
    protected virtual void Leave(InlineFragmentNode node) { }

    protected virtual bool Visit(FragmentDefinitionNode node) => true;
    protected virtual void Leave(FragmentDefinitionNode node) { }

    protected virtual bool Visit(IntValueNode node) => true;
    protected virtual void Leave(IntValueNode node) { }

    protected virtual bool Visit(FloatValueNode node) => true;
    protected virtual void Leave(FloatValueNode node) { }

    protected virtual bool Visit(StringValueNode node) => true;
    protected virtual void Leave(StringValueNode node) { }

    protected virtual bool Visit(BooleanValueNode node) => true;
    protected virtual void Leave(BooleanValueNode node) { }

    protected virtual bool Visit(NullValueNode node) => true;
    protected virtual void Leave(NullValueNode node) { }

    protected virtual bool Visit(EnumValueNode node) => true;
    protected virtual void Leave(EnumValueNode node) { }

    protected virtual bool Visit(ListValueNode node) => true;
    protected virtual void Leave(ListValueNode node) { }

    protected virtual bool Visit(ObjectValueNode node) => true;
    protected virtual void Leave(ObjectValueNode node) { }

    protected virtual bool Visit(ObjectFieldNode node) => true;
    protected virtual void Leave(ObjectFieldNode node) { }

    protected virtual bool Visit(DirectiveNode node) => true;
    protected virtual void Leave(DirectiveNode node) { }

    protected virtual bool Visit(NamedTypeNode node) => true;
    protected virtual void Leave(NamedTypeNode node) { }

    protected virtual bool Visit(ListTypeNode node) => true;
    protected virtual void Leave(ListTypeNode node) { }

    protected virtual bool Visit(NonNullTypeNode node) => true;
    protected virtual void Leave(NonNullTypeNode node) { }

    protected virtual bool Visit(SchemaDefinitionNode node) => true;
    protected virtual void Leave(SchemaDefinitionNode node) { }

    protected virtual bool Visit(OperationTypeDefinitionNode node) => true;
    protected virtual void Leave(OperationTypeDefinitionNode node) { }

    protected virtual bool Visit(ScalarTypeDefinitionNode node) => true;
    protected virtual void Leave(ScalarTypeDefinitionNode node) { }

    protected virtual bool Visit(ObjectTypeDefinitionNode node) => true;
    protected virtual void Leave(ObjectTypeDefinitionNode node) { }

    protected virtual bool Visit(FieldDefinitionNode node) => true;
    protected virtual void Leave(FieldDefinitionNode node) { }

    protected virtual bool Visit(InputValueDefinitionNode node) => true;
    protected virtual void Leave(InputValueDefinitionNode node) { }

    protected virtual bool Visit(InterfaceTypeDefinitionNode node) => true;
    protected virtual void Leave(InterfaceTypeDefinitionNode node) { }

    protected virtual bool Visit(UnionTypeDefinitionNode node) => true;
    protected virtual void Leave(UnionTypeDefinitionNode node) { }

    protected virtual bool Visit(EnumTypeDefinitionNode node) => true;
    protected virtual void Leave(EnumTypeDefinitionNode node) { }

    protected virtual bool Visit(EnumValueDefinitionNode node) => true;
    protected virtual void Leave(EnumValueDefinitionNode node) { }

    protected virtual bool Visit(InputObjectTypeDefinitionNode node) => true;
    protected virtual void Leave(InputObjectTypeDefinitionNode node) { }

    protected virtual bool Visit(DirectiveDefinitionNode node) => true;
    protected virtual void Leave(DirectiveDefinitionNode node) { }

    protected virtual bool Visit(SchemaExtensionNode node) => true;
    protected virtual void Leave(SchemaExtensionNode node) { }

    protected virtual bool Visit(ScalarTypeExtensionNode node) => true;
    protected virtual void Leave(ScalarTypeExtensionNode node) { }

    protected virtual bool Visit(ObjectTypeExtensionNode node) => true;
    protected virtual void Leave(ObjectTypeExtensionNode node) { }

    protected virtual bool Visit(InterfaceTypeExtensionNode node) => true;
    protected virtual void Leave(InterfaceTypeExtensionNode node) { }

    protected virtual bool Visit(UnionTypeExtensionNode node) => true;
    protected virtual void Leave(UnionTypeExtensionNode node) { }

    protected virtual bool Visit(EnumTypeExtensionNode node) => true;
    protected virtual void Leave(EnumTypeExtensionNode node) { }

    protected virtual bool Visit(InputObjectTypeExtensionNode node) => true;
    protected virtual void Leave(InputObjectTypeExtensionNode node) { }
}
