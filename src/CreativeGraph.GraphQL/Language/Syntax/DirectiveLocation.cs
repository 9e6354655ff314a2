namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: DirectiveLocation (ExecutableDirectiveLocation | TypeSystemDirectiveLocation).</summary>
public enum DirectiveLocation
{
    // ExecutableDirectiveLocation
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,

    // TypeSystemDirectiveLocation
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,
}
