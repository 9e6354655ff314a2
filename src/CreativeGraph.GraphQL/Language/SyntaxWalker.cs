namespace CreativeGraph.GraphQL.Language;

/// <summary>
/// A depth-first walk over a syntax tree in source order. <see cref="Visit"/> hands a node to its typed method
/// (<c>VisitField</c>, <c>VisitListValue</c>, …), whose default walks the node's children. An override does its work
/// and calls the base method to walk on, or leaves it out to skip the subtree; work after the base call runs when
/// the subtree is done. Directive and argument lists pass through <see cref="VisitDirectives"/> (with the location
/// the directives stand in, spec #sec-Directive-Locations) and <see cref="VisitArguments"/>, so a walker can judge
/// a list as a whole. The engine's one walk: validation and the input list limit build on it.
/// </summary>
public abstract partial class SyntaxWalker
{
    /// <summary>Walks <paramref name="node"/> and its subtree.</summary>
    public void Walk(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        Visit(node);
    }

    /// <summary>Hands a node to the method of its kind; nothing for null (an absent optional part).</summary>
    protected virtual void Visit(SyntaxNode? node)
    {
        switch (node?.Kind)
        {
            case null:
                break;
            case SyntaxKind.Name:
                VisitName((NameNode)node);
                break;
            case SyntaxKind.Document:
                VisitDocument((DocumentNode)node);
                break;
            case SyntaxKind.OperationDefinition:
                VisitOperationDefinition((OperationDefinitionNode)node);
                break;
            case SyntaxKind.VariableDefinition:
                VisitVariableDefinition((VariableDefinitionNode)node);
                break;
            case SyntaxKind.Variable:
                VisitVariable((VariableNode)node);
                break;
            case SyntaxKind.SelectionSet:
                VisitSelectionSet((SelectionSetNode)node);
                break;
            case SyntaxKind.Field:
                VisitField((FieldNode)node);
                break;
            case SyntaxKind.Argument:
                VisitArgument((ArgumentNode)node);
                break;
            case SyntaxKind.FragmentSpread:
                VisitFragmentSpread((FragmentSpreadNode)node);
                break;
            case SyntaxKind.InlineFragment:
                VisitInlineFragment((InlineFragmentNode)node);
                break;
            case SyntaxKind.FragmentDefinition:
                VisitFragmentDefinition((FragmentDefinitionNode)node);
                break;
            case SyntaxKind.IntValue:
                VisitIntValue((IntValueNode)node);
                break;
            case SyntaxKind.FloatValue:
                VisitFloatValue((FloatValueNode)node);
                break;
            case SyntaxKind.StringValue:
                VisitStringValue((StringValueNode)node);
                break;
            case SyntaxKind.BooleanValue:
                VisitBooleanValue((BooleanValueNode)node);
                break;
            case SyntaxKind.NullValue:
                VisitNullValue((NullValueNode)node);
                break;
            case SyntaxKind.EnumValue:
                VisitEnumValue((EnumValueNode)node);
                break;
            case SyntaxKind.ListValue:
                VisitListValue((ListValueNode)node);
                break;
            case SyntaxKind.ObjectValue:
                VisitObjectValue((ObjectValueNode)node);
                break;
            case SyntaxKind.ObjectField:
                VisitObjectField((ObjectFieldNode)node);
                break;
            case SyntaxKind.Directive:
                VisitDirective((DirectiveNode)node);
                break;
            case SyntaxKind.NamedType:
                VisitNamedType((NamedTypeNode)node);
                break;
            case SyntaxKind.ListType:
                VisitListType((ListTypeNode)node);
                break;
            case SyntaxKind.NonNullType:
                VisitNonNullType((NonNullTypeNode)node);
                break;
            default:
                VisitTypeSystem(node);
                break;
        }
    }

    /// <summary>A list of directives and the location they stand in; walks each directive.</summary>
    protected virtual void VisitDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location) => VisitAll(directives);

    /// <summary>The arguments of a field or directive (possibly none); walks each argument.</summary>
    protected virtual void VisitArguments(IReadOnlyList<ArgumentNode> arguments) => VisitAll(arguments);

    /// <summary>The description of a definition (a string value that is documentation, not input).</summary>
    protected virtual void VisitDescription(StringValueNode? description) => Visit(description);

    protected virtual void VisitName(NameNode node)
    {
    }

    protected virtual void VisitDocument(DocumentNode node) => VisitAll(node.Definitions);

    protected virtual void VisitOperationDefinition(OperationDefinitionNode node)
    {
        VisitDescription(node.Description);
        Visit(node.Name);
        VisitAll(node.VariableDefinitions);
        VisitDirectives(node.Directives, node.Operation switch
        {
            OperationType.Mutation => DirectiveLocation.Mutation,
            OperationType.Subscription => DirectiveLocation.Subscription,
            _ => DirectiveLocation.Query,
        });
        Visit(node.SelectionSet);
    }

    protected virtual void VisitVariableDefinition(VariableDefinitionNode node)
    {
        VisitDescription(node.Description);
        Visit(node.Variable);
        Visit(node.Type);
        Visit(node.DefaultValue);
        VisitDirectives(node.Directives, DirectiveLocation.VariableDefinition);
    }

    protected virtual void VisitSelectionSet(SelectionSetNode node) => VisitAll(node.Selections);

    protected virtual void VisitField(FieldNode node)
    {
        Visit(node.Alias);
        Visit(node.Name);
        VisitArguments(node.Arguments);
        VisitDirectives(node.Directives, DirectiveLocation.Field);
        Visit(node.SelectionSet);
    }

    protected virtual void VisitArgument(ArgumentNode node)
    {
        Visit(node.Name);
        Visit(node.Value);
    }

    protected virtual void VisitFragmentSpread(FragmentSpreadNode node)
    {
        Visit(node.Name);
        VisitDirectives(node.Directives, DirectiveLocation.FragmentSpread);
    }

    protected virtual void VisitInlineFragment(InlineFragmentNode node)
    {
        Visit(node.TypeCondition);
        VisitDirectives(node.Directives, DirectiveLocation.InlineFragment);
        Visit(node.SelectionSet);
    }

    protected virtual void VisitFragmentDefinition(FragmentDefinitionNode node)
    {
        VisitDescription(node.Description);
        Visit(node.Name);
        Visit(node.TypeCondition);
        VisitDirectives(node.Directives, DirectiveLocation.FragmentDefinition);
        Visit(node.SelectionSet);
    }

    protected virtual void VisitDirective(DirectiveNode node)
    {
        Visit(node.Name);
        VisitArguments(node.Arguments);
    }

    protected virtual void VisitVariable(VariableNode node) => Visit(node.Name);

    protected virtual void VisitIntValue(IntValueNode node)
    {
    }

    protected virtual void VisitFloatValue(FloatValueNode node)
    {
    }

    protected virtual void VisitStringValue(StringValueNode node)
    {
    }

    protected virtual void VisitBooleanValue(BooleanValueNode node)
    {
    }

    protected virtual void VisitNullValue(NullValueNode node)
    {
    }

    protected virtual void VisitEnumValue(EnumValueNode node)
    {
    }

    protected virtual void VisitListValue(ListValueNode node) => VisitAll(node.Values);

    protected virtual void VisitObjectValue(ObjectValueNode node) => VisitAll(node.Fields);

    protected virtual void VisitObjectField(ObjectFieldNode node)
    {
        Visit(node.Name);
        Visit(node.Value);
    }

    protected virtual void VisitNamedType(NamedTypeNode node) => Visit(node.Name);

    protected virtual void VisitListType(ListTypeNode node) => Visit(node.Type);

    protected virtual void VisitNonNullType(NonNullTypeNode node) => Visit(node.Type);

    /// <summary>Walks each node of a list in order (an indexed loop: no enumerator is allocated).</summary>
    protected void VisitAll<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        for (int i = 0; i < nodes.Count; i++)
        {
            Visit(nodes[i]);
        }
    }
}
