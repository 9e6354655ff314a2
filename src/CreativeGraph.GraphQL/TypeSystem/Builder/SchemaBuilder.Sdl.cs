using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.TypeSystem;

// SDL input (spec #sec-Type-System, #sec-Type-System-Extensions): definitions are read into configs at once,
// extensions are kept and applied at Build, after every definition is known.
public sealed partial class SchemaBuilder
{
    /// <summary>Adds the definitions and extensions of a parsed type-system document.</summary>
    public SchemaBuilder AddDocument(DocumentNode document)
    {
        foreach (DefinitionNode definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    AddSchemaDefinition(schema);
                    break;
                case SchemaExtensionNode:
                case TypeDefinitionNode { IsExtension: true }:
                    _extensions.Add((TypeSystemDefinitionNode)definition);
                    break;
                case TypeDefinitionNode type:
                    ReadTypeDefinition(Define(type.Name.Value, KindOf(type), type), type);
                    break;
                case DirectiveDefinitionNode directive:
                    _directives.Add(ReadDirectiveDefinition(directive));
                    break;
                default:
                    Report(TypeSystemMessages.NotTypeSystemDefinition(), ErrorCodes.SchemaSdlInvalid, definition.Location);
                    break;
            }
        }

        return this;
    }

    private void AddSchemaDefinition(SchemaDefinitionNode schema)
    {
        if (_hasSchemaDefinition)
        {
            Report(TypeSystemMessages.DuplicateSchemaDefinition(), ErrorCodes.SchemaSdlInvalid, schema.Location);
            return;
        }

        _hasSchemaDefinition = true;
        _description = schema.Description?.Value ?? _description;
        _schemaDirectives.AddRange(schema.Directives.Select(d => new DirectiveConfig(d)));
        AddOperationTypes(schema.OperationTypes);
    }

    private void AddOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (OperationTypeDefinitionNode operationType in operationTypes)
        {
            int index = (int)operationType.Operation;
            if (_rootLocations[index] is not null)
            {
                Report(TypeSystemMessages.DuplicateOperationType(operationType.Operation.ToString().ToLowerInvariant()), ErrorCodes.SchemaSdlInvalid, operationType.Location);
                continue;
            }

            _rootTypeNames[index] = operationType.Type.Name.Value;
            _rootLocations[index] = operationType.Type.Location ?? default(Location);
        }
    }

    private static TypeKind KindOf(TypeDefinitionNode node) => node switch
    {
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => TypeKind.Scalar,
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => TypeKind.Object,
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => TypeKind.Interface,
        UnionTypeDefinitionNode or UnionTypeExtensionNode => TypeKind.Union,
        EnumTypeDefinitionNode or EnumTypeExtensionNode => TypeKind.Enum,
        _ => TypeKind.InputObject,
    };

    // Fills a config from a definition or an extension node (the grammar of both is the same past the keyword).
    private static void ReadTypeDefinition(TypeConfig config, TypeDefinitionNode node)
    {
        config.Description = node.Description?.Value ?? config.Description;
        config.Directives.AddRange(node.Directives.Select(d => new DirectiveConfig(d)));
        switch (node)
        {
            case ScalarTypeDefinitionNode:
                config.Scalar = BuiltInScalars.IsSpecified(config.Name)
                    ? BuiltInScalars.Get(config.Name)
                    : BuiltInScalars.CreateExtended(config.Name) ?? new UntypedScalarType(config.Name);
                break;
            case ObjectTypeDefinitionNode o:
                ReadFields(config, o.Interfaces, o.Fields);
                break;
            case ObjectTypeExtensionNode o:
                ReadFields(config, o.Interfaces, o.Fields);
                break;
            case InterfaceTypeDefinitionNode i:
                ReadFields(config, i.Interfaces, i.Fields);
                break;
            case InterfaceTypeExtensionNode i:
                ReadFields(config, i.Interfaces, i.Fields);
                break;
            case UnionTypeDefinitionNode u:
                config.UnionMembers.AddRange(u.Types.Select(t => new NamedTypeRef(t.Name.Value, t.Location)));
                break;
            case UnionTypeExtensionNode u:
                config.UnionMembers.AddRange(u.Types.Select(t => new NamedTypeRef(t.Name.Value, t.Location)));
                break;
            case EnumTypeDefinitionNode e:
                ReadEnumValues(config, e.Values);
                break;
            case EnumTypeExtensionNode e:
                ReadEnumValues(config, e.Values);
                break;
            case InputObjectTypeDefinitionNode io:
                config.IsOneOf |= HasDirective(io.Directives, BuiltInDirectives.OneOf);
                config.InputFields.AddRange(io.Fields.Select(ReadInputValue));
                break;
            case InputObjectTypeExtensionNode io:
                config.InputFields.AddRange(io.Fields.Select(ReadInputValue));
                break;
        }
    }

    private static void ReadFields(TypeConfig config, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<FieldDefinitionNode> fields)
    {
        config.Interfaces.AddRange(interfaces.Select(t => new NamedTypeRef(t.Name.Value, t.Location)));
        foreach (FieldDefinitionNode node in fields)
        {
            FieldConfig field = new(node.Name.Value)
            {
                Type = node.Type,
                Description = node.Description?.Value,
                DeprecationReason = DeprecationReason(node.Directives),
                Location = node.Name.Location,
            };
            field.Arguments.AddRange(node.Arguments.Select(ReadInputValue));
            field.Directives.AddRange(node.Directives.Select(d => new DirectiveConfig(d)));
            config.Fields.Add(field);
        }
    }

    private static void ReadEnumValues(TypeConfig config, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        foreach (EnumValueDefinitionNode node in values)
        {
            EnumValueConfig value = new(node.Name.Value, node.Name.Value)
            {
                Description = node.Description?.Value,
                DeprecationReason = DeprecationReason(node.Directives),
                Location = node.Name.Location,
            };
            value.Directives.AddRange(node.Directives.Select(d => new DirectiveConfig(d)));
            config.Values.Add(value);
        }
    }

    private static InputValueConfig ReadInputValue(InputValueDefinitionNode node)
    {
        InputValueConfig value = new(node.Name.Value)
        {
            Type = node.Type,
            Description = node.Description?.Value,
            DeprecationReason = DeprecationReason(node.Directives),
            DefaultLiteral = node.DefaultValue,
            HasDefaultValue = node.DefaultValue is not null,
            Location = node.Name.Location,
        };
        value.Directives.AddRange(node.Directives.Select(d => new DirectiveConfig(d)));
        return value;
    }

    private static DirectiveDefinitionConfig ReadDirectiveDefinition(DirectiveDefinitionNode node)
    {
        DirectiveDefinitionConfig config = new(node.Name.Value)
        {
            Description = node.Description?.Value,
            IsRepeatable = node.Repeatable,
            SyntaxNode = node,
        };
        config.Arguments.AddRange(node.Arguments.Select(ReadInputValue));
        foreach (NameNode location in node.Locations)
        {
            if (DirectiveLocations.TryParse(location.Value, out DirectiveLocation parsed))
            {
                config.Locations.Add(parsed);
            }
        }

        return config;
    }

    // Spec #sec--deprecated: the reason argument, or its default "No longer supported".
    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (DirectiveNode directive in directives)
        {
            if (directive.Name.Value == BuiltInDirectives.Deprecated)
            {
                ArgumentNode? reason = directive.Arguments.FirstOrDefault(a => a.Name.Value == "reason");
                return reason?.Value is StringValueNode s ? s.Value : BuiltInDirectives.DefaultDeprecationReason;
            }
        }

        return null;
    }

    private static bool HasDirective(IReadOnlyList<DirectiveNode> directives, string name) => directives.Any(d => d.Name.Value == name);

    // Type extensions (spec #sec-Object-Extensions etc.): the type must exist with the same kind; members must be new.
    private void ApplyExtensions()
    {
        foreach (TypeSystemDefinitionNode node in _extensions)
        {
            if (node is SchemaExtensionNode schema)
            {
                if (!_hasSchemaDefinition && _rootTypeNames.All(n => n is null))
                {
                    Report(TypeSystemMessages.SchemaExtensionWithoutSchema(), ErrorCodes.SchemaExtensionInvalid, schema.Location);
                    continue;
                }

                _schemaDirectives.AddRange(schema.Directives.Select(d => new DirectiveConfig(d)));
                AddOperationTypes(schema.OperationTypes);
                continue;
            }

            TypeDefinitionNode extension = (TypeDefinitionNode)node;
            string name = extension.Name.Value;
            TypeKind kind = KindOf(extension);
            if (!_typesByName.TryGetValue(name, out TypeConfig? config))
            {
                Report(TypeSystemMessages.ExtensionOfUnknownType(name), ErrorCodes.SchemaExtensionInvalid, extension.Name.Location);
                continue;
            }

            if (config.Kind != kind)
            {
                Report(TypeSystemMessages.ExtensionOfWrongKind(name, TypeKinds.DisplayName(kind)), ErrorCodes.SchemaExtensionInvalid, extension.Name.Location);
                continue;
            }

            if (HasDirective(extension.Directives, BuiltInDirectives.OneOf))
            {
                Report(TypeSystemMessages.OneOfOnExtension(name), ErrorCodes.SchemaExtensionInvalid, extension.Name.Location);
            }

            HashSet<string> existingFields = [.. config.Fields.Select(f => f.Name), .. config.InputFields.Select(f => f.Name)];
            HashSet<string> existingValues = [.. config.Values.Select(v => v.Name)];
            int fieldCount = config.Fields.Count;
            int inputFieldCount = config.InputFields.Count;
            int valueCount = config.Values.Count;
            ReadTypeDefinition(config, extension);
            DropRedefinitions(config.Fields, fieldCount, f => (f.Name, f.Location), existingFields, name, TypeSystemMessages.ExtensionFieldAlreadyDefined);
            DropRedefinitions(config.InputFields, inputFieldCount, f => (f.Name, f.Location), existingFields, name, TypeSystemMessages.ExtensionFieldAlreadyDefined);
            DropRedefinitions(config.Values, valueCount, v => (v.Name, v.Location), existingValues, name, TypeSystemMessages.ExtensionEnumValueAlreadyDefined);
        }
    }

    // Spec: "Any fields of an … extension must not be already defined on the previous … type."
    private void DropRedefinitions<T>(List<T> members, int firstAdded, Func<T, (string Name, Location? Location)> describe, HashSet<string> existing, string typeName, Func<string, string, string> message)
    {
        for (int i = members.Count - 1; i >= firstAdded; i--)
        {
            (string memberName, Location? location) = describe(members[i]);
            if (existing.Contains(memberName))
            {
                Report(message(typeName, memberName), ErrorCodes.SchemaExtensionInvalid, location);
                members.RemoveAt(i);
            }
        }
    }
}
