using CreativeGraph.GraphQL.Introspection;
using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.TypeSystem;

public sealed partial class SchemaBuilder
{
    private static readonly string[] s_defaultRootNames = ["Query", "Mutation", "Subscription"];

    /// <summary>
    /// Completes and validates the schema. Throws <see cref="SchemaException"/> with every problem found
    /// (unknown types, bad extensions, and each violated type-system rule of spec §3).
    /// </summary>
    public Schema Build()
    {
        List<GraphQLError> errors = [.. _errors];
        _errors.Clear();
        ApplyExtensions();
        _extensions.Clear();
        foreach (Action<SchemaBuilder> binding in _bindings)
        {
            try
            {
                binding(this);
            }
            catch (InvalidOperationException e)
            {
                Report(e.Message, ErrorCodes.SchemaTypeUnknown);
            }
        }

        errors.AddRange(_errors);
        _errors.Clear();

        // Spec #sec-Root-Operation-Types.Default-Root-Operation-Type-Names: without a schema definition the
        // types named Query, Mutation and Subscription are the roots.
        if (!_hasSchemaDefinition)
        {
            for (int i = 0; i < 3; i++)
            {
                if (_rootTypeNames[i] is null && _typesByName.TryGetValue(s_defaultRootNames[i], out TypeConfig? root) && (i == 0 || root.Kind == TypeKind.Object))
                {
                    _rootTypeNames[i] = root.Name;
                }
            }
        }

        // The cost and authorization directives (and ApplyPolicy) are defined only for schemas that apply them.
        HashSet<string> applied = DirectiveArguments.AppliedNames(_types);
        SchemaCompletion completion = new(
            [.. _types, .. AuthorizeDirectives.CreateTypeConfigsFor(applied, _directives, _typesByName), .. IntrospectionTypes.CreateConfigs()],
            [.. BuiltInDirectives.CreateConfigs(), .. _directives, .. CostDirectives.CreateConfigsFor(applied, _directives), .. AuthorizeDirectives.CreateConfigsFor(applied, _directives)],
            errors);
        completion.Complete();

        NamedType? query = completion.FindRootType(_rootTypeNames[0], _rootLocations[0]);
        NamedType? mutation = completion.FindRootType(_rootTypeNames[1], _rootLocations[1]);
        NamedType? subscription = completion.FindRootType(_rootTypeNames[2], _rootLocations[2]);
        IReadOnlyList<DirectiveNode> schemaDirectives = completion.ToDirectiveNodes(_schemaDirectives);

        SchemaValidationContext context = new(completion.DefinedTypes, completion.Directives, query, mutation, subscription, schemaDirectives, completion.Locations, completion.UnionsWithInvalidMembers, errors);
        SchemaValidator.Validate(context);
        if (errors.Count > 0)
        {
            throw new SchemaException(errors);
        }

        ObjectType queryType = (ObjectType)query!;
        List<NamedType> types = TypeOrder.Collect(completion.DefinedTypes, completion.Directives, queryType, mutation as ObjectType, subscription as ObjectType);
        IntrospectionFields.AddTo(queryType, completion.Types["__Schema"], completion.Types["__Type"]);
        return new Schema(_description, queryType, mutation as ObjectType, subscription as ObjectType, types, completion.Directives, schemaDirectives);
    }
}
