using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Tests.Execution.Support;

/// <summary>Builds schemas straight from the model classes, and executors over them, for execution tests.</summary>
internal static class TestSchema
{
    public static IType NonNull(IType type) => new NonNullType(type);

    public static IType ListOf(IType type) => new ListType(type);

    public static OutputField Field(string name, IType type, FieldResolver? resolver = null, params InputValue[] arguments) =>
        new(name, type) { Resolver = resolver, Arguments = new FieldCollection<InputValue>(arguments) };

    public static OutputField Field(string name, IType type, Func<IResolverContext, object?> resolver, params InputValue[] arguments) =>
        new(name, type) { Resolver = c => new ValueTask<object?>(resolver(c)), IsPure = true, Arguments = new FieldCollection<InputValue>(arguments) };

    public static InputValue Argument(string name, IType type, ValueNode? defaultValue = null) =>
        new(name, type) { DefaultValueLiteral = defaultValue };

    public static ObjectType Object(string name, params OutputField[] fields) => Object(name, [], fields);

    public static ObjectType Object(string name, InterfaceType[] interfaces, params OutputField[] fields)
    {
        ObjectType type = new(name) { Fields = new FieldCollection<OutputField>(fields), Interfaces = interfaces };
        foreach (OutputField field in fields)
        {
            field.DeclaringType = type;
        }

        return type;
    }

    public static InterfaceType Interface(string name, params OutputField[] fields)
    {
        InterfaceType type = new(name) { Fields = new FieldCollection<OutputField>(fields) };
        foreach (OutputField field in fields)
        {
            field.DeclaringType = type;
        }

        return type;
    }

    public static UnionType Union(string name, params ObjectType[] types) => new(name) { Types = types };

    public static InputObjectType InputObject(string name, bool oneOf, params InputValue[] fields) =>
        new(name) { Fields = new FieldCollection<InputValue>(fields), IsOneOf = oneOf };

    public static EnumType Enum(string name, params string[] values)
    {
        EnumType type = new(name);
        type.SetValues([.. values.Select(v => new EnumValue(v, v))]);
        return type;
    }

    /// <summary>A schema with every type reachable from the roots plus <paramref name="extraTypes"/> (e.g. interface implementations).</summary>
    public static Schema Create(ObjectType query, ObjectType? mutation = null, params NamedType[] extraTypes)
    {
        List<NamedType> types = [];
        HashSet<NamedType> seen = [];
        void Add(IType type)
        {
            NamedType named = type.NamedType();
            if (!seen.Add(named))
            {
                return;
            }

            types.Add(named);
            switch (named)
            {
                case IComplexOutputType complex:
                    foreach (InterfaceType i in complex.Interfaces)
                    {
                        Add(i);
                    }

                    foreach (OutputField field in complex.Fields)
                    {
                        Add(field.Type);
                        foreach (InputValue argument in field.Arguments)
                        {
                            Add(argument.Type);
                        }
                    }

                    break;
                case UnionType union:
                    foreach (ObjectType member in union.Types)
                    {
                        Add(member);
                    }

                    break;
                case InputObjectType input:
                    foreach (InputValue field in input.Fields)
                    {
                        Add(field.Type);
                    }

                    break;
            }
        }

        Add(query);
        if (mutation is not null)
        {
            Add(mutation);
        }

        foreach (NamedType extra in extraTypes)
        {
            Add(extra);
        }

        foreach (ScalarType scalar in new[] { BuiltInScalars.Int, BuiltInScalars.Float, BuiltInScalars.String, BuiltInScalars.Boolean, BuiltInScalars.ID })
        {
            Add(scalar);
        }

        return new Schema(null, query, mutation, null, types, [], []);
    }

    public static RequestExecutor Executor(Schema schema, RequestExecutorOptions? options = null) =>
        new(schema, options, static (_, _) => []);

    public static async Task<string> RunAsync(this RequestExecutor executor, string query, IReadOnlyDictionary<string, object?>? variables = null, object? root = null)
    {
        ExecutionResult result = await executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables, RootValue = root });
        return ResultWriter.ToJson(result);
    }
}
