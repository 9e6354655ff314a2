using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Introspection;

/// <summary>
/// The meta-fields (spec #sec-Schema-Introspection, #sec-Type-Name-Introspection): <c>__schema</c> and
/// <c>__type(name:)</c> on the query root type, and <c>__typename</c> on every composite type. They are
/// implicit: introspection's <c>fields</c> and the SDL printer leave them out. <c>__schema</c> and
/// <c>__type</c> are real fields of the query type (so validation and execution find them like any
/// field); <c>__typename</c> is resolved by the executor, <see cref="TypeNameField"/> describes it.
/// </summary>
public static class IntrospectionFields
{
    public const string Schema = "__schema";
    public const string Type = "__type";
    public const string TypeName = "__typename";

    /// <summary>The definition of <c>__typename: String!</c>, for validation and type info.</summary>
    public static OutputField TypeNameField { get; } = new(TypeName, new NonNullType(BuiltInScalars.String), "The name of the current Object type at runtime.")
    {
        IsPure = true,
        Resolver = static context => new ValueTask<object?>(context.ObjectType.Name),
    };

    /// <summary>True for <c>__schema</c>, <c>__type</c> and <c>__typename</c>.</summary>
    public static bool IsMetaField(string name) => name is Schema or Type or TypeName;

    /// <summary>Adds <c>__schema: __Schema!</c> and <c>__type(name: String!): __Type</c> to the query root type.</summary>
    internal static void AddTo(ObjectType queryType, NamedType schemaType, NamedType typeType)
    {
        OutputField schema = new(Schema, new NonNullType(schemaType), "Access the current type schema of this server.")
        {
            DeclaringType = queryType,
            IsPure = true,
            Resolver = static context => new ValueTask<object?>(context.Schema),
        };

        OutputField type = new(Type, typeType, "Request the type information of a single type.")
        {
            DeclaringType = queryType,
            IsPure = true,
            Arguments = new FieldCollection<InputValue>([new InputValue("name", new NonNullType(BuiltInScalars.String))]),
            Resolver = static context => new ValueTask<object?>(
                context.Schema.TryGetType(context.ArgumentValue<string>("name") ?? string.Empty, out NamedType? named) ? named : null),
        };

        queryType.Fields = new FieldCollection<OutputField>([.. queryType.Fields, schema, type]);
    }
}
