using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.TypeSystem;

// Members of the named types: fields and arguments, interfaces, union members, enum values, input fields,
// then default values and applied directives.
internal sealed partial class SchemaCompletion
{
    private readonly Dictionary<InputValue, InputValueConfig> _inputValueConfigs = [];
    private readonly Dictionary<object, Location> _locations = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _unionsWithInvalidMembers = new(StringComparer.Ordinal);

    /// <summary>Unions that named non-object members (already reported), so an empty member list is no news.</summary>
    public IReadOnlySet<string> UnionsWithInvalidMembers => _unionsWithInvalidMembers;

    /// <summary>Where fields, arguments, input fields and enum values were written in SDL (for error locations).</summary>
    public IReadOnlyDictionary<object, Location> Locations => _locations;

    private void Remember(object member, Location? location)
    {
        if (location is { } l)
        {
            _locations[member] = l;
        }
    }

    private void CompleteMembers(TypeConfig config, NamedType type)
    {
        switch (type)
        {
            case ObjectType o:
                o.Fields = new FieldCollection<OutputField>(CreateFields(config, o));
                o.Interfaces = ResolveInterfaces(config);
                break;
            case InterfaceType i:
                i.Fields = new FieldCollection<OutputField>(CreateFields(config, i));
                i.Interfaces = ResolveInterfaces(config);
                break;
            case UnionType u:
                u.Types = ResolveUnionMembers(config);
                break;
            case EnumType e:
                e.SetValues([.. config.Values.Select(v =>
                {
                    EnumValue value = new(v.Name, v.RuntimeValue, v.Description, v.DeprecationReason);
                    Remember(value, v.Location);
                    return value;
                })]);
                break;
            case InputObjectType io:
                io.Fields = new FieldCollection<InputValue>(CreateInputValues(config.InputFields, config.Name));
                break;
        }
    }

    private List<OutputField> CreateFields(TypeConfig config, IComplexOutputType declaringType)
    {
        List<OutputField> fields = [];
        foreach (FieldConfig fieldConfig in config.Fields)
        {
            if (fieldConfig.Type.IsEmpty)
            {
                Report(TypeSystemMessages.MissingType($"{config.Name}.{fieldConfig.Name}"), ErrorCodes.SchemaInvalid, fieldConfig.Location);
                continue;
            }

            IType? type = Resolve(fieldConfig.Type);
            if (type is null)
            {
                continue;
            }

            OutputField field = new(fieldConfig.Name, type, fieldConfig.Description)
            {
                Arguments = new FieldCollection<InputValue>(CreateInputValues(fieldConfig.Arguments, $"{config.Name}.{fieldConfig.Name}")),
                DeprecationReason = fieldConfig.DeprecationReason,
                DeclaringType = declaringType,

                // Spec #sec-Value-Resolution: without a resolver the field reads the parent (a pure property read).
                Resolver = fieldConfig.Resolver ?? DefaultFieldResolver.Create(fieldConfig.Name),
                IsPure = fieldConfig.Resolver is null || fieldConfig.IsPure,
                HasDefaultResolver = fieldConfig.Resolver is null,
            };

            foreach (KeyValuePair<string, object?> pair in fieldConfig.ContextData)
            {
                field.ContextData[pair.Key] = pair.Value;
            }

            Remember(field, fieldConfig.Location);
            fields.Add(field);
        }

        return fields;
    }

    private List<InputValue> CreateInputValues(List<InputValueConfig> configs, string owner)
    {
        List<InputValue> values = [];
        foreach (InputValueConfig config in configs)
        {
            if (config.Type.IsEmpty)
            {
                Report(TypeSystemMessages.MissingType($"{owner}.{config.Name}"), ErrorCodes.SchemaInvalid, config.Location);
                continue;
            }

            if (Resolve(config.Type) is not { } type)
            {
                continue;
            }

            InputValue value = new(config.Name, type, config.Description)
            {
                DeprecationReason = config.DeprecationReason,
                DefaultValueLiteral = config.DefaultLiteral,
            };

            foreach (KeyValuePair<string, object?> pair in config.ContextData)
            {
                value.ContextData[pair.Key] = pair.Value;
            }

            _inputValueConfigs[value] = config;
            Remember(value, config.Location);
            values.Add(value);
        }

        return values;
    }

    private List<InterfaceType> ResolveInterfaces(TypeConfig config)
    {
        List<InterfaceType> interfaces = [];
        foreach (NamedTypeRef reference in config.Interfaces)
        {
            switch (Lookup(reference))
            {
                case InterfaceType i:
                    interfaces.Add(i);
                    break;
                case { } other:
                    Report(TypeSystemMessages.NotAnInterfaceType(other.Name, config.Name), ErrorCodes.SchemaInvalid, reference.Location);
                    break;
            }
        }

        return interfaces;
    }

    // Spec #sec-Unions.Type-Validation: members must be Object types.
    private List<ObjectType> ResolveUnionMembers(TypeConfig config)
    {
        List<ObjectType> members = [];
        foreach (NamedTypeRef reference in config.UnionMembers)
        {
            switch (Lookup(reference))
            {
                case ObjectType o:
                    members.Add(o);
                    break;
                case { } other:
                    Report(TypeSystemMessages.UnionMemberNotObject(config.Name, other.Name), ErrorCodes.SchemaInvalid, reference.Location);
                    _unionsWithInvalidMembers.Add(config.Name);
                    break;
            }
        }

        return members;
    }

    private void CompleteDefaultsAndDirectives(TypeConfig config, NamedType type)
    {
        if (!(type is ScalarType && BuiltInScalars.IsSpecified(type.Name)))
        {
            type.Directives = ToDirectiveNodes(config.Directives);
        }

        switch (type)
        {
            case ScalarType scalar when !BuiltInScalars.IsSpecified(type.Name):
                if (FindArgument(type.Directives, BuiltInDirectives.SpecifiedBy, "url") is StringValueNode url)
                {
                    scalar.SpecifiedByUrl = url.Value;
                }

                break;
            case IComplexOutputType complex:
                foreach (OutputField field in complex.Fields)
                {
                    FieldConfig fieldConfig = config.Fields.First(f => f.Name == field.Name);
                    field.Directives = ToDirectiveNodes(fieldConfig.Directives);
                    ReadCostDirectives(field.Directives, field.ContextData, field.Coordinate, fieldConfig.Location);
                    field.Authorization = FieldAuthorization.Create(complex as ObjectType, field);
                    CompleteInputValues(field.Arguments, $"{type.Name}.{field.Name}");
                }

                break;
            case EnumType e:
                foreach (EnumValue value in e.Values)
                {
                    value.Directives = ToDirectiveNodes(config.Values.First(v => v.Name == value.Name).Directives);
                }

                break;
            case InputObjectType io:
                CompleteInputValues(io.Fields, type.Name);
                break;
        }
    }

    private void CompleteInputValues(FieldCollection<InputValue> values, string owner)
    {
        foreach (InputValue value in values)
        {
            InputValueConfig config = _inputValueConfigs[value];
            value.Directives = ToDirectiveNodes(config.Directives);
            ReadCostDirectives(value.Directives, value.ContextData, $"{owner}.{value.Name}", config.Location);
            if (config.HasDefaultValue && config.DefaultLiteral is null)
            {
                try
                {
                    value.DefaultValueLiteral = InputLiterals.FromValue(config.DefaultValue, value.Type) ?? NullValueNode.Instance;
                }
                catch (ArgumentException e)
                {
                    Report(TypeSystemMessages.InvalidDefaultValue($"{owner}.{value.Name}", e.Message), ErrorCodes.SchemaInvalid, config.Location);
                }
            }
        }
    }

    // Cost directives are read once here so the cost analysis reads ContextData, not syntax, per request.
    private void ReadCostDirectives(IReadOnlyList<DirectiveNode> directives, IDictionary<string, object?> contextData, string coordinate, Location? location)
    {
        if (directives.Count > 0 && CostDirectives.ReadInto(directives, contextData) is { } invalidWeight)
        {
            Report(CostDirectiveMessages.InvalidWeight(coordinate, invalidWeight), ErrorCodes.SchemaInvalid, location);
        }
    }

    /// <summary>Applied directives as syntax: SDL nodes as written; code-first CLR arguments become literals of the argument's type.</summary>
    internal IReadOnlyList<DirectiveNode> ToDirectiveNodes(List<DirectiveConfig> configs)
    {
        if (configs.Count == 0)
        {
            return [];
        }

        List<DirectiveNode> nodes = new(configs.Count);
        foreach (DirectiveConfig config in configs)
        {
            if (config.Node is not null)
            {
                nodes.Add(config.Node);
                continue;
            }

            _directives.TryGetValue(config.DirectiveName, out DirectiveDefinition? definition);
            List<ArgumentNode> arguments = [];
            foreach ((string name, object? value) in config.Arguments)
            {
                IType type = definition?.Arguments[name]?.Type ?? s_untyped;
                ValueNode literal;
                try
                {
                    literal = InputLiterals.FromValue(value, type) ?? NullValueNode.Instance;
                }
                catch (ArgumentException)
                {
                    literal = InputLiterals.FromValue(value, s_untyped)!;
                }

                arguments.Add(new ArgumentNode { Name = new NameNode { Value = name }, Value = literal });
            }

            nodes.Add(new DirectiveNode { Name = new NameNode { Value = config.DirectiveName }, Arguments = arguments });
        }

        return nodes;
    }

    private static ValueNode? FindArgument(IReadOnlyList<DirectiveNode> directives, string directive, string argument) =>
        directives.FirstOrDefault(d => d.Name.Value == directive)?.Arguments.FirstOrDefault(a => a.Name.Value == argument)?.Value;
}
