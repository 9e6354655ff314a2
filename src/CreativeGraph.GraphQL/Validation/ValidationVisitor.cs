using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.Validation;

/// <summary>
/// The per-walk side of a rule: <see cref="ValidationWalker"/> calls the enter and leave methods of every
/// visitor for each node, in document order, with <see cref="ValidationContext.TypeInfo"/> already
/// describing the node (as graphql-js's visitWithTypeInfo does).
/// </summary>
internal abstract class ValidationVisitor(ValidationContext context)
{
    protected ValidationContext Context { get; } = context;

    public virtual void EnterDocument(DocumentNode node)
    {
    }

    public virtual void LeaveDocument(DocumentNode node)
    {
    }

    public virtual void EnterOperation(OperationDefinitionNode node)
    {
    }

    public virtual void LeaveOperation(OperationDefinitionNode node)
    {
    }

    public virtual void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
    }

    public virtual void EnterVariableDefinition(VariableDefinitionNode node)
    {
    }

    public virtual void EnterSelectionSet(SelectionSetNode node)
    {
    }

    public virtual void EnterField(FieldNode node)
    {
    }

    public virtual void LeaveField(FieldNode node)
    {
    }

    public virtual void EnterFragmentSpread(FragmentSpreadNode node)
    {
    }

    public virtual void EnterInlineFragment(InlineFragmentNode node)
    {
    }

    /// <summary>Called once per directive list (possibly empty), with the location the directives apply to.</summary>
    public virtual void EnterDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
    }

    public virtual void EnterDirective(DirectiveNode node)
    {
    }

    public virtual void LeaveDirective(DirectiveNode node)
    {
    }

    /// <summary>Called once per argument list (possibly empty) of a field or directive.</summary>
    public virtual void EnterArguments(IReadOnlyList<ArgumentNode> arguments)
    {
    }

    public virtual void EnterArgument(ArgumentNode node)
    {
    }

    public virtual void EnterValue(ValueNode node)
    {
    }

    public virtual void LeaveValue(ValueNode node)
    {
    }

    public virtual void EnterObjectField(ObjectFieldNode node)
    {
    }
}
