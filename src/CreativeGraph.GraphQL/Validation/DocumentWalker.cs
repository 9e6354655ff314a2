using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Validation;

/// <summary>
/// Walks an executable document once, in the order of graphql-js's visitor keys, keeping
/// <see cref="TypeInfo"/> current and handing each node to every rule's visitor. Fragments are walked where
/// they are defined, never again at their spreads.
/// </summary>
internal sealed class DocumentWalker(ValidationContext context, ValidationVisitor[] visitors)
{
    private readonly TypeInfo _typeInfo = context.TypeInfo;

    public void Walk(DocumentNode document)
    {
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.EnterDocument(document);
        }

        foreach (DefinitionNode definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode operation:
                    WalkOperation(operation);
                    break;
                case FragmentDefinitionNode fragment:
                    WalkFragmentDefinition(fragment);
                    break;
            }
        }

        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.LeaveDocument(document);
        }
    }

    private void WalkOperation(OperationDefinitionNode node)
    {
        context.CurrentDefinition = node;
        _typeInfo.EnterOperation(node);
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.EnterOperation(node);
        }

        foreach (VariableDefinitionNode variable in node.VariableDefinitions)
        {
            WalkVariableDefinition(variable);
        }

        WalkDirectives(node.Directives, node.Operation switch
        {
            OperationType.Mutation => DirectiveLocation.Mutation,
            OperationType.Subscription => DirectiveLocation.Subscription,
            _ => DirectiveLocation.Query,
        });
        WalkSelectionSet(node.SelectionSet);
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.LeaveOperation(node);
        }

        context.SetAnchor(node);

        _typeInfo.LeaveOperationOrFragment();
        context.CurrentDefinition = null;
    }

    private void WalkFragmentDefinition(FragmentDefinitionNode node)
    {
        context.CurrentDefinition = node;
        _typeInfo.EnterFragment(node.TypeCondition);
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.EnterFragmentDefinition(node);
        }

        context.SetAnchor(node);

        WalkDirectives(node.Directives, DirectiveLocation.FragmentDefinition);
        WalkSelectionSet(node.SelectionSet);
        _typeInfo.LeaveOperationOrFragment();
        context.CurrentDefinition = null;
    }

    private void WalkVariableDefinition(VariableDefinitionNode node)
    {
        _typeInfo.EnterVariableDefinition(node);
        context.InVariableDefinition = true;
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.EnterVariableDefinition(node);
        }

        if (node.DefaultValue is not null)
        {
            WalkValue(node.DefaultValue);
        }

        WalkDirectives(node.Directives, DirectiveLocation.VariableDefinition);
        context.InVariableDefinition = false;
        _typeInfo.LeaveVariableDefinition();
    }

    private void WalkSelectionSet(SelectionSetNode node)
    {
        _typeInfo.EnterSelectionSet();
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.EnterSelectionSet(node);
        }

        foreach (SelectionNode selection in node.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    WalkField(field);
                    break;
                case FragmentSpreadNode spread:
                    WalkFragmentSpread(spread);
                    break;
                case InlineFragmentNode inline:
                    WalkInlineFragment(inline);
                    break;
            }
        }

        _typeInfo.LeaveSelectionSet();
    }

    private void WalkField(FieldNode node)
    {
        _typeInfo.EnterField(node);
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.EnterField(node);
        }

        WalkArguments(node.Arguments);
        WalkDirectives(node.Directives, DirectiveLocation.Field);
        if (node.SelectionSet is not null)
        {
            WalkSelectionSet(node.SelectionSet);
        }

        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.LeaveField(node);
        }

        _typeInfo.LeaveField();
    }

    private void WalkFragmentSpread(FragmentSpreadNode node)
    {
        context.RecordSpread(node);
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.EnterFragmentSpread(node);
        }

        WalkDirectives(node.Directives, DirectiveLocation.FragmentSpread);
    }

    private void WalkInlineFragment(InlineFragmentNode node)
    {
        _typeInfo.EnterFragment(node.TypeCondition);
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.EnterInlineFragment(node);
        }

        WalkDirectives(node.Directives, DirectiveLocation.InlineFragment);
        WalkSelectionSet(node.SelectionSet);
        _typeInfo.LeaveOperationOrFragment();
    }

    private void WalkDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        context.DirectiveLocation = location;
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.EnterDirectives(directives, location);
        }

        foreach (DirectiveNode directive in directives)
        {
            _typeInfo.EnterDirective(directive);
            foreach (ValidationVisitor visitor in visitors)
            {
                visitor.EnterDirective(directive);
            }

            WalkArguments(directive.Arguments);
            foreach (ValidationVisitor visitor in visitors)
            {
                visitor.LeaveDirective(directive);
            }

            _typeInfo.LeaveDirective();
        }
    }

    private void WalkArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (ValidationVisitor visitor in visitors)
        {
            visitor.EnterArguments(arguments);
        }

        foreach (ArgumentNode argument in arguments)
        {
            _typeInfo.EnterArgument(argument);
            foreach (ValidationVisitor visitor in visitors)
            {
                visitor.EnterArgument(argument);
            }

            WalkValue(argument.Value);
            _typeInfo.LeaveArgument();
        }
    }

    private void WalkValue(ValueNode node)
    {
        switch (node)
        {
            case ListValueNode list:
                _typeInfo.EnterListValue();
                EnterValue(list, uncheckable: _typeInfo.ParentInputType?.NullableType() is not ListType);
                foreach (ValueNode item in list.Values)
                {
                    WalkValue(item);
                }

                LeaveValue(list);
                _typeInfo.LeaveListValueOrObjectField();
                break;
            case ObjectValueNode obj:
                EnterValue(obj, uncheckable: _typeInfo.InputType?.NamedType() is not InputObjectType);
                foreach (ObjectFieldNode field in obj.Fields)
                {
                    _typeInfo.EnterObjectField(field);
                    foreach (ValidationVisitor visitor in visitors)
                    {
                        visitor.EnterObjectField(field);
                    }

                    WalkValue(field.Value);
                    _typeInfo.LeaveListValueOrObjectField();
                }

                LeaveValue(obj);
                break;
            case VariableNode variable:
                if (!context.InVariableDefinition)
                {
                    context.RecordVariableUsage(variable);
                }

                EnterValue(node, uncheckable: false);
                LeaveValue(node);
                break;
            default:
                EnterValue(node, uncheckable: false);
                LeaveValue(node);
                break;
        }
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
