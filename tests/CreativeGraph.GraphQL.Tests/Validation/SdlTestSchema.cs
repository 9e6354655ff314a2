using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Tests.Validation;

/// <summary>
/// Builds a schema from SDL for the validation tests: types, fields, arguments with defaults, interfaces,
/// unions, enums, input objects (with <c>@oneOf</c>), <c>extend type</c> and directive definitions, plus the
/// built-in directives. Resolvers are not needed to validate.
/// </summary>
internal static class SdlTestSchema
{
    private const string BuiltInDirectives =
        """
        directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @deprecated(reason: String = "No longer supported") on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE
        directive @specifiedBy(url: String!) on SCALAR
        directive @oneOf on INPUT_OBJECT
        """;

    public static Schema Build(string sdl)
    {
        DocumentNode document = Parser.Parse(sdl + "\n" + BuiltInDirectives);
        Dictionary<string, NamedType> types = new(StringComparer.Ordinal)
        {
            ["Int"] = BuiltInScalars.Int,
            ["Float"] = BuiltInScalars.Float,
            ["String"] = BuiltInScalars.String,
            ["Boolean"] = BuiltInScalars.Boolean,
            ["ID"] = BuiltInScalars.ID,
        };
        List<TypeDefinitionNode> definitions = [.. document.Definitions.OfType<TypeDefinitionNode>()];
        foreach (TypeDefinitionNode definition in definitions.Where(d => !d.IsExtension))
        {
            string name = definition.Name.Value;
            types[name] = definition switch
            {
                ObjectTypeDefinitionNode => new ObjectType(name),
                InterfaceTypeDefinitionNode => new InterfaceType(name),
                UnionTypeDefinitionNode => new UnionType(name),
                EnumTypeDefinitionNode => new EnumType(name),
                InputObjectTypeDefinitionNode => new InputObjectType(name),
                ScalarTypeDefinitionNode => BuiltInScalars.Get(name) ?? throw new NotSupportedException(name),
                _ => throw new NotSupportedException(name),
            };
        }

        IType Resolve(TypeNode node) => node switch
        {
            NamedTypeNode named => types[named.Name.Value],
            ListTypeNode list => new ListType(Resolve(list.Type)),
            NonNullTypeNode nonNull => new NonNullType(Resolve(nonNull.Type)),
            _ => throw new NotSupportedException(),
        };

        FieldCollection<InputValue> InputValues(IEnumerable<InputValueDefinitionNode> nodes) =>
            new(nodes.Select(n => new InputValue(n.Name.Value, Resolve(n.Type)) { DefaultValueLiteral = n.DefaultValue }));

        foreach (IGrouping<string, TypeDefinitionNode> group in definitions.GroupBy(d => d.Name.Value))
        {
            NamedType type = types[group.Key];
            switch (type)
            {
                case ObjectType obj:
                    obj.Fields = OutputFields(group.SelectMany(d => d is ObjectTypeDefinitionNode o ? o.Fields : ((ObjectTypeExtensionNode)d).Fields), obj);
                    obj.Interfaces = [.. group.SelectMany(d => d is ObjectTypeDefinitionNode o ? o.Interfaces : ((ObjectTypeExtensionNode)d).Interfaces).Select(i => (InterfaceType)types[i.Name.Value])];
                    break;
                case InterfaceType iface:
                    InterfaceTypeDefinitionNode ifaceNode = group.OfType<InterfaceTypeDefinitionNode>().Single();
                    iface.Fields = OutputFields(ifaceNode.Fields, iface);
                    iface.Interfaces = [.. ifaceNode.Interfaces.Select(i => (InterfaceType)types[i.Name.Value])];
                    break;
                case UnionType union:
                    union.Types = [.. group.OfType<UnionTypeDefinitionNode>().Single().Types.Select(t => (ObjectType)types[t.Name.Value])];
                    break;
                case EnumType enumType:
                    enumType.SetValues([.. group.OfType<EnumTypeDefinitionNode>().Single().Values.Select(v => new EnumValue(v.Name.Value, v.Name.Value))]);
                    break;
                case InputObjectType input:
                    InputObjectTypeDefinitionNode inputNode = group.OfType<InputObjectTypeDefinitionNode>().Single();
                    input.Fields = InputValues(inputNode.Fields);
                    input.IsOneOf = inputNode.Directives.Any(d => d.Name.Value == "oneOf");
                    break;
            }
        }

        List<DirectiveDefinition> directives = [];
        foreach (DirectiveDefinitionNode node in document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            List<DirectiveLocation> locations = [];
            foreach (NameNode location in node.Locations)
            {
                DirectiveLocations.TryParse(location.Value, out DirectiveLocation parsed);
                locations.Add(parsed);
            }

            directives.Add(new DirectiveDefinition(node.Name.Value, locations, isRepeatable: node.Repeatable) { Arguments = InputValues(node.Arguments) });
        }

        return new Schema(
            null,
            (ObjectType)types["Query"],
            types.GetValueOrDefault("Mutation") as ObjectType,
            types.GetValueOrDefault("Subscription") as ObjectType,
            types.Values,
            directives,
            []);

        FieldCollection<OutputField> OutputFields(IEnumerable<FieldDefinitionNode> nodes, IComplexOutputType declaringType) =>
            new(nodes.Select(n => new OutputField(n.Name.Value, Resolve(n.Type)) { Arguments = InputValues(n.Arguments), DeclaringType = declaringType }));
    }
}
