using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Introspection;

/// <summary>
/// The Schema Introspection Schema (spec #sec-Schema-Introspection, Appendix D), defined with the
/// builder's own descriptors and added to every schema. Resolvers read the schema model directly
/// (parent values are <see cref="Schema"/>, <see cref="IType"/>, <see cref="OutputField"/>,
/// <see cref="InputValue"/>, <see cref="EnumValue"/> and <see cref="DirectiveDefinition"/>); all are pure.
/// </summary>
internal static partial class IntrospectionTypes
{
    public static IEnumerable<TypeConfig> CreateConfigs() =>
    [
        SchemaType(),
        TypeType(),
        FieldType(),
        InputValueType(),
        EnumValueType(),
        DirectiveType(),
        EnumOf<TypeKind>("__TypeKind", "The kinds of types a `__Type` describes."),
        EnumOf<DirectiveLocation>("__DirectiveLocation", "The places in documents and schemas where a directive may be used."),
    ];

    // Spec #sec-The-__Schema-Type
    private static TypeConfig SchemaType() => Object(
        "__Schema",
        "A GraphQL service's schema: its types, its directives and the root types where operations begin.",
        t =>
        {
            Field<Schema>(t, "description", "String", s => s.Description);
            Field<Schema>(t, "types", "[__Type!]!", s => s.Types, "Every named type of the schema.");
            Field<Schema>(t, "queryType", "__Type!", s => s.QueryType, "The root type of query operations.");
            Field<Schema>(t, "mutationType", "__Type", s => s.MutationType, "The root type of mutation operations, if mutations are supported.");
            Field<Schema>(t, "subscriptionType", "__Type", s => s.SubscriptionType, "The root type of subscription operations, if subscriptions are supported.");
            Field<Schema>(t, "directives", "[__Directive!]!", s => s.DirectiveDefinitions, "Every directive the schema supports, built-in directives included.");
        });

    // Spec #sec-The-__Type-Type: each field is null for the kinds it does not apply to.
    private static TypeConfig TypeType() => Object(
        "__Type",
        "Describes a type of the schema: a named type (scalar, object, interface, union, enum, input object) or a List or Non-Null wrapper, with `ofType` naming the wrapped type.",
        t =>
        {
            Field<IType>(t, "kind", "__TypeKind!", type => Box(type.Kind));
            Field<IType>(t, "name", "String", type => (type as NamedType)?.Name);
            Field<IType>(t, "description", "String", type => (type as NamedType)?.Description);
            Field<IType>(t, "specifiedByURL", "String", type => (type as ScalarType)?.SpecifiedByUrl);
            FieldWithDeprecated<IType>(t, "fields", "[__Field!]", (type, all) => type is IComplexOutputType c
                ? Visible(((NamedType)c).Features, c.Fields, all, static f => f.IsDeprecated, static f => IntrospectionFields.IsMetaField(f.Name))
                : null);
            Field<IType>(t, "interfaces", "[__Type!]", type => (type as IComplexOutputType)?.Interfaces);
            t.Field("possibleTypes").Type("[__Type!]").IsPure().Resolve(ctx => ctx.Parent is InterfaceType or UnionType
                ? ctx.Schema.GetPossibleTypes((NamedType)ctx.Parent)
                : null);
            FieldWithDeprecated<IType>(t, "enumValues", "[__EnumValue!]", (type, all) => type is EnumType e ? Visible(e.Features, e.Values, all, static v => v.IsDeprecated, static _ => false) : null);
            FieldWithDeprecated<IType>(t, "inputFields", "[__InputValue!]", (type, all) => type is InputObjectType io ? Visible(io.Features, io.Fields, all, static f => f.IsDeprecated, static _ => false) : null);
            Field<IType>(t, "ofType", "__Type", type => type switch
            {
                ListType l => l.OfType,
                NonNullType n => n.OfType,
                _ => null,
            });
            Field<IType>(t, "isOneOf", "Boolean", type => type is InputObjectType io ? Box(io.IsOneOf) : null);
        });

    // Spec #sec-The-__Field-Type
    private static TypeConfig FieldType() => Object(
        "__Field",
        "A field of an object or interface type, with its arguments and type.",
        t =>
        {
            Field<OutputField>(t, "name", "String!", f => f.Name);
            Field<OutputField>(t, "description", "String", f => f.Description);
            FieldWithDeprecated<OutputField>(t, "args", "[__InputValue!]!", (f, all) => Visible(f.Features, f.Arguments, all, static a => a.IsDeprecated, static _ => false));
            Field<OutputField>(t, "type", "__Type!", f => f.Type);
            BooleanField<OutputField>(t, "isDeprecated", "Boolean!", f => f.IsDeprecated);
            Field<OutputField>(t, "deprecationReason", "String", f => f.DeprecationReason);
        });

    // Spec #sec-The-__InputValue-Type: defaultValue is the default printed in GraphQL syntax.
    private static TypeConfig InputValueType() => Object(
        "__InputValue",
        "An argument of a field or directive, or a field of an input object, with its type and default value.",
        t =>
        {
            Field<InputValue>(t, "name", "String!", v => v.Name);
            Field<InputValue>(t, "description", "String", v => v.Description);
            Field<InputValue>(t, "type", "__Type!", v => v.Type);
            Field<InputValue>(t, "defaultValue", "String", PrintDefault, "The default value as a GraphQL literal, or null when there is none.");
            BooleanField<InputValue>(t, "isDeprecated", "Boolean!", v => v.IsDeprecated);
            Field<InputValue>(t, "deprecationReason", "String", v => v.DeprecationReason);
        });

    // Spec #sec-The-__EnumValue-Type
    private static TypeConfig EnumValueType() => Object(
        "__EnumValue",
        "One of the values of an enum type.",
        t =>
        {
            Field<EnumValue>(t, "name", "String!", v => v.Name);
            Field<EnumValue>(t, "description", "String", v => v.Description);
            BooleanField<EnumValue>(t, "isDeprecated", "Boolean!", v => v.IsDeprecated);
            Field<EnumValue>(t, "deprecationReason", "String", v => v.DeprecationReason);
        });

    // Spec #sec-The-__Directive-Type
    private static TypeConfig DirectiveType() => Object(
        "__Directive",
        "A directive the service supports: where it may be used and which arguments it takes.",
        t =>
        {
            Field<DirectiveDefinition>(t, "name", "String!", d => d.Name);
            Field<DirectiveDefinition>(t, "description", "String", d => d.Description);
            BooleanField<DirectiveDefinition>(t, "isRepeatable", "Boolean!", d => d.IsRepeatable);
            Field<DirectiveDefinition>(t, "locations", "[__DirectiveLocation!]!", d => BoxedLocations(d));
            FieldWithDeprecated<DirectiveDefinition>(t, "args", "[__InputValue!]!", (d, all) => Visible(d.Features, d.Arguments, all, static a => a.IsDeprecated, static _ => false));
        });
}
