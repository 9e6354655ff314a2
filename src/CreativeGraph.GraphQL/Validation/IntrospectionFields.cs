using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Validation;

/// <summary>
/// The meta-fields a selection may name besides the fields of its type (spec #sec-Schema-Introspection):
/// <c>__typename</c> on every object, interface and union type, <c>__schema</c> and <c>__type</c> on the query
/// root type. The schema's own definitions are used when the builder added them; otherwise equivalent
/// definitions are made from the schema's <c>__Schema</c>, <c>__Type</c> and <c>String</c> types.
/// </summary>
internal sealed class IntrospectionFields(Schema schema)
{
    private OutputField? _typename;
    private OutputField? _schema;
    private OutputField? _type;

    public OutputField? Find(NamedType parentType, string fieldName)
    {
        if (fieldName.Length < 2 || fieldName[0] != '_' || fieldName[1] != '_')
        {
            return null;
        }

        switch (fieldName)
        {
            case "__typename" when parentType.IsCompositeType():
                return (parentType as IComplexOutputType)?.Fields[fieldName] ?? (_typename ??= Create(fieldName, "String", nonNull: true));
            case "__schema" when ReferenceEquals(parentType, schema.QueryType):
                return schema.QueryType.Fields[fieldName] ?? (_schema ??= Create(fieldName, "__Schema", nonNull: true));
            case "__type" when ReferenceEquals(parentType, schema.QueryType):
                return schema.QueryType.Fields[fieldName] ?? (_type ??= CreateTypeField());
            default:
                return null;
        }
    }

    private OutputField? Create(string name, string typeName, bool nonNull) =>
        schema.TryGetType(typeName, out NamedType? type)
            ? new OutputField(name, nonNull ? new NonNullType(type) : type)
            : null;

    private OutputField? CreateTypeField()
    {
        OutputField? field = Create("__type", "__Type", nonNull: false);
        if (field is not null && schema.TryGetType("String", out NamedType? stringType))
        {
            field.Arguments = new FieldCollection<InputValue>([new InputValue("name", new NonNullType(stringType))]);
        }

        return field;
    }
}
