using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Validation;

/// <summary>
/// Walks an executable document once with the engine's <see cref="SyntaxWalker"/>, keeping <see cref="TypeInfo"/>
/// current and handing each node to every rule's visitor: TypeInfo enters a node before the visitors do and leaves
/// it after them (graphql-js's visitWithTypeInfo). The walk follows graphql-js's visitor keys: fragments are walked
/// where they are defined, never again at their spreads; descriptions, type system definitions (the executable
/// definitions rule reports them) and the variable a variable definition declares are not judged.
/// </summary>
internal sealed class ValidationWalker(ValidationContext context, ValidationVisitor[] visitors) : SyntaxWalker
{
    private readonly TypeInfo _typeInfo = context.TypeInfo;

    protected override void VisitDocument(DocumentNode node)
    {
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.EnterDocument(node);
        }

        foreach (DefinitionNode definition in node.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                Visit(definition);
            }
        }

        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.LeaveDocument(node);
        }
    }

    protected override void VisitDescription(StringValueNode? description)
    {
    }

    protected override void VisitOperationDefinition(OperationDefinitionNode node)
    {
        context.CurrentDefinition = node;
        _typeInfo.EnterOperation(node);
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.EnterOperation(node);
        }

        base.VisitOperationDefinition(node);
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.LeaveOperation(node);
        }

        context.SetAnchor(node);
        _typeInfo.LeaveOperationOrFragment();
        context.CurrentDefinition = null;
    }

    protected override void VisitFragmentDefinition(FragmentDefinitionNode node)
    {
        context.CurrentDefinition = node;
        _typeInfo.EnterFragment(node.TypeCondition);
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.EnterFragmentDefinition(node);
        }

        context.SetAnchor(node);
        base.VisitFragmentDefinition(node);
        _typeInfo.LeaveOperationOrFragment();
        context.CurrentDefinition = null;
    }

    protected override void VisitVariableDefinition(VariableDefinitionNode node)
    {
        _typeInfo.EnterVariableDefinition(node);
        context.InVariableDefinition = true;
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.EnterVariableDefinition(node);
        }

        // The declared variable is neither a usage nor a value; only the default value and directives are judged.
        Visit(node.DefaultValue);
        VisitDirectives(node.Directives, DirectiveLocation.VariableDefinition);
        context.InVariableDefinition = false;
        _typeInfo.LeaveVariableDefinition();
    }

    protected override void VisitSelectionSet(SelectionSetNode node)
    {
        _typeInfo.EnterSelectionSet();
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.EnterSelectionSet(node);
        }

        base.VisitSelectionSet(node);
        _typeInfo.LeaveSelectionSet();
    }

    protected override void VisitField(FieldNode node)
    {
        _typeInfo.EnterField(node);
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.EnterField(node);
        }

        base.VisitField(node);
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.LeaveField(node);
        }

        _typeInfo.LeaveField();
    }

    protected override void VisitFragmentSpread(FragmentSpreadNode node)
    {
        context.RecordSpread(node);
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.EnterFragmentSpread(node);
        }

        base.VisitFragmentSpread(node);
    }

    protected override void VisitInlineFragment(InlineFragmentNode node)
    {
        _typeInfo.EnterFragment(node.TypeCondition);
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.EnterInlineFragment(node);
        }

        base.VisitInlineFragment(node);
        _typeInfo.LeaveOperationOrFragment();
    }

    protected override void VisitDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        context.DirectiveLocation = location;
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.EnterDirectives(directives, location);
        }

        base.VisitDirectives(directives, location);
    }

    protected override void VisitDirective(DirectiveNode node)
    {
        _typeInfo.EnterDirective(node);
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.EnterDirective(node);
        }

        base.VisitDirective(node);
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.LeaveDirective(node);
        }

        _typeInfo.LeaveDirective();
    }

    protected override void VisitArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.EnterArguments(arguments);
        }

        base.VisitArguments(arguments);
    }

    protected override void VisitArgument(ArgumentNode node)
    {
        _typeInfo.EnterArgument(node);
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.EnterArgument(node);
        }

        base.VisitArgument(node);
        _typeInfo.LeaveArgument();
    }

    protected override void VisitListValue(ListValueNode node)
    {
        _typeInfo.EnterListValue();
        EnterValue(node, uncheckable: _typeInfo.ParentInputType?.NullableType() is not ListType);
        base.VisitListValue(node);
        LeaveValue(node);
        _typeInfo.LeaveListValueOrObjectField();
    }

    protected override void VisitObjectValue(ObjectValueNode node)
    {
        EnterValue(node, uncheckable: _typeInfo.InputType?.NamedType() is not InputObjectType);
        base.VisitObjectValue(node);
        LeaveValue(node);
    }

    protected override void VisitObjectField(ObjectFieldNode node)
    {
        _typeInfo.EnterObjectField(node);
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.EnterObjectField(node);
        }

        base.VisitObjectField(node);
        _typeInfo.LeaveListValueOrObjectField();
    }

    protected override void VisitVariable(VariableNode node)
    {
        if (!context.InVariableDefinition)
        {
            context.RecordVariableUsage(node);
        }

        VisitLeafValue(node);
    }

    protected override void VisitIntValue(IntValueNode node) => VisitLeafValue(node);

    protected override void VisitFloatValue(FloatValueNode node) => VisitLeafValue(node);

    protected override void VisitStringValue(StringValueNode node) => VisitLeafValue(node);

    protected override void VisitBooleanValue(BooleanValueNode node) => VisitLeafValue(node);

    protected override void VisitNullValue(NullValueNode node) => VisitLeafValue(node);

    protected override void VisitEnumValue(EnumValueNode node) => VisitLeafValue(node);

    private void VisitLeafValue(ValueNode node)
    {
        EnterValue(node, uncheckable: false);
        LeaveValue(node);
    }

    private void EnterValue(ValueNode node, bool uncheckable)
    {
        if (uncheckable && context.UncheckedValue is null)
        {
            context.UncheckedValue = node;
        }

        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.EnterValue(node);
        }
    }

    private void LeaveValue(ValueNode node)
    {
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.LeaveValue(node);
        }

        if (ReferenceEquals(context.UncheckedValue, node))
        {
            context.UncheckedValue = null;
        }
    }
}
