using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Introspection;

// The few shapes every introspection type is made of.
internal static partial class IntrospectionTypes
{
    private static TypeConfig Object(string name, string description, Action<ObjectTypeDescriptor> configure)
    {
        TypeConfig config = new(name, TypeKind.Object) { IsIntrospection = true };
        configure(new ObjectTypeDescriptor(config).Description(description));
        return config;
    }

    private static TypeConfig EnumOf<TEnum>(string name, string description)
        where TEnum : struct, Enum
    {
        TypeConfig config = new(name, TypeKind.Enum) { IsIntrospection = true, RuntimeType = typeof(TEnum) };
        EnumTypeDescriptor descriptor = new EnumTypeDescriptor(config).Description(description);
        foreach (TEnum value in Enum.GetValues<TEnum>())
        {
            descriptor.Value(NameConventions.EnumValueName(value.ToString()), value);
        }

        return config;
    }

    private static void BooleanField<TParent>(ObjectTypeDescriptor type, string name, string typeReference, Func<TParent, bool> read) =>
        Field<TParent>(type, name, typeReference, parent => Box(read(parent)));

    private static void Field<TParent>(ObjectTypeDescriptor type, string name, string typeReference, Func<TParent, object?> read, string? description = null) =>
        type.Field(name).Type(typeReference).Description(description).IsPure().Resolve(ctx => read((TParent)ctx.Parent!));

    // Spec: fields, args, enumValues and inputFields take includeDeprecated: Boolean! = false.
    private static void FieldWithDeprecated<TParent>(ObjectTypeDescriptor type, string name, string typeReference, Func<TParent, bool, object?> read) =>
        type.Field(name)
            .Type(typeReference)
            .Argument("includeDeprecated", "Boolean!", a => a.DefaultValue(false))
            .IsPure()
            .Resolve(ctx => read((TParent)ctx.Parent!, ctx.ArgumentValue<bool>("includeDeprecated")));
}
