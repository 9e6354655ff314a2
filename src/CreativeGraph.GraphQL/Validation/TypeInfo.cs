using CreativeGraph.GraphQL.Introspection;
using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Validation;

/// <summary>
/// Tracks, during the walk, the schema types and definitions that the current node refers to: the parent
/// composite type of a selection set, the field definition and its output type, the directive, the argument,
/// the expected input type of a value and the default value of its position. Mirrors graphql-js's TypeInfo so
/// the rules judge exactly what graphql-js judges.
/// </summary>
internal sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<IType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<IType?> _inputTypeStack = [];
    private readonly List<OutputField?> _fieldDefStack = [];
    private readonly List<ValueNode?> _defaultValueStack = [];

    public TypeInfo(Schema schema) => _schema = schema;

    /// <summary>The output type of the current field, operation or fragment.</summary>
    public IType? Type => Peek(_typeStack);

    /// <summary>The composite type whose selection set is being walked.</summary>
    public NamedType? ParentType => Peek(_parentTypeStack);

    /// <summary>The expected type of the current value position.</summary>
    public IType? InputType => Peek(_inputTypeStack);

    /// <summary>The expected type of the value that contains the current position (the list or input object).</summary>
    public IType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public OutputField? FieldDef => Peek(_fieldDefStack);

    /// <summary>The default value of the current argument or input field position, null when it has none.</summary>
    public ValueNode? DefaultValue => Peek(_defaultValueStack);

    public DirectiveDefinition? Directive { get; private set; }

    public InputValue? Argument { get; private set; }

    /// <summary>
    /// Looks up the field a selection targets (graphql-js getFieldDef): <c>__schema</c> and <c>__type</c> only on the
    /// query root type, <c>__typename</c> on every object, interface and union type (spec #sec-Schema-Introspection).
    /// </summary>
    public OutputField? GetFieldDef(NamedType parentType, string fieldName) => fieldName switch
    {
        IntrospectionFields.Schema or IntrospectionFields.Type =>
            ReferenceEquals(parentType, _schema.QueryType) ? _schema.QueryType.Fields[fieldName] : null,
        IntrospectionFields.TypeName => parentType.IsCompositeType() ? IntrospectionFields.TypeNameField : null,
        _ => (parentType as IComplexOutputType)?.Fields[fieldName],
    };

    /// <summary>The schema type a type reference names, or null when a named type in it is unknown.</summary>
    public IType? TypeFromAst(TypeNode node) => node switch
    {
        NamedTypeNode named => _schema.TryGetType(named.Name.Value, out NamedType? type) ? type : null,
        ListTypeNode list => TypeFromAst(list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => TypeFromAst(nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };

    public void EnterSelectionSet()
    {
        NamedType? named = Type?.NamedType();
        _parentTypeStack.Add(named is not null && named.IsCompositeType() ? named : null);
    }

    public void LeaveSelectionSet() => Pop(_parentTypeStack);

    public void EnterField(FieldNode node)
    {
        NamedType? parentType = ParentType;
        OutputField? fieldDef = parentType is null ? null : GetFieldDef(parentType, node.Name.Value);
        _fieldDefStack.Add(fieldDef);
        _typeStack.Add(fieldDef is not null && fieldDef.Type.IsOutputType() ? fieldDef.Type : null);
    }

    public void LeaveField()
    {
        Pop(_fieldDefStack);
        Pop(_typeStack);
    }

    public void EnterDirective(DirectiveNode node) =>
        Directive = _schema.TryGetDirective(node.Name.Value, out DirectiveDefinition? directive) ? directive : null;

    public void LeaveDirective() => Directive = null;

    public void EnterOperation(OperationDefinitionNode node) => _typeStack.Add(_schema.GetRootType(node.Operation));

    public void EnterFragment(NamedTypeNode? typeCondition)
    {
        IType? type = typeCondition is null ? Type?.NamedType() : TypeFromAst(typeCondition);
        _typeStack.Add(type is not null && type.IsOutputType() ? type : null);
    }

    public void LeaveOperationOrFragment() => Pop(_typeStack);

    public void EnterVariableDefinition(VariableDefinitionNode node)
    {
        IType? type = TypeFromAst(node.Type);
        _inputTypeStack.Add(type is not null && type.IsInputType() ? type : null);
    }

    public void LeaveVariableDefinition() => Pop(_inputTypeStack);

    public void EnterArgument(ArgumentNode node)
    {
        FieldCollection<InputValue>? arguments = Directive?.Arguments ?? FieldDef?.Arguments;
        InputValue? argument = arguments?[node.Name.Value];
        Argument = argument;
        _defaultValueStack.Add(argument?.DefaultValueLiteral);
        _inputTypeStack.Add(argument is not null && argument.Type.IsInputType() ? argument.Type : null);
    }

    public void LeaveArgument()
    {
        Argument = null;
        Pop(_defaultValueStack);
        Pop(_inputTypeStack);
    }

    public void EnterListValue()
    {
        IType? listType = InputType?.NullableType();
        IType? itemType = listType is ListType list ? list.OfType : listType;
        _defaultValueStack.Add(null);
        _inputTypeStack.Add(itemType is not null && itemType.IsInputType() ? itemType : null);
    }

    public void EnterObjectField(ObjectFieldNode node)
    {
        InputValue? field = (InputType?.NamedType() as InputObjectType)?.Fields[node.Name.Value];
        _defaultValueStack.Add(field?.DefaultValueLiteral);
        _inputTypeStack.Add(field is not null && field.Type.IsInputType() ? field.Type : null);
    }

    /// <summary>Leaves a list value or an object field.</summary>
    public void LeaveListValueOrObjectField()
    {
        Pop(_defaultValueStack);
        Pop(_inputTypeStack);
    }

    private static T? Peek<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
