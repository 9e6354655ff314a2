using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Tests.Execution.Support;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Tests.TypeSystem.Builder;

/// <summary>The builder's mutation root, custom scalars and type resolvers, as a schema author uses them.</summary>
public sealed class SchemaBuilderRootAndBindingTests
{
    private sealed record Dog(string Name);

    private sealed record Cat(int Lives);

    [Fact]
    public async Task A_mutation_type_runs_its_fields_in_order()
    {
        List<string> log = [];
        Schema schema = new SchemaBuilder()
            .AddQueryType("Query", t => t.Field("log").Type("[String!]!").Resolve(_ => log))
            .AddMutationType("Mutation", t => t.Field("append").Type("Int!").Argument("text", "String!").Resolve(ctx =>
            {
                log.Add(ctx.ArgumentValue<string>("text")!);
                return log.Count;
            }))
            .Build();

        string json = await TestSchema.Executor(schema).RunAsync("""mutation { a: append(text: "x") b: append(text: "y") }""");

        Assert.Equal("Mutation", schema.MutationType?.Name);
        Assert.Equal("""{"data":{"a":1,"b":2}}""", json);
        Assert.Equal(["x", "y"], log);
    }

    [Fact]
    public async Task A_custom_scalar_coerces_its_inputs_and_results()
    {
        Schema schema = new SchemaBuilder()
            .AddScalarType(new UpperCaseType())
            .AddQueryType("Query", t => t.Field("echo").Type("Upper").Argument("value", "Upper!").Resolve(ctx => ctx.ArgumentValue<string>("value")))
            .Build();
        RequestExecutor executor = TestSchema.Executor(schema);

        Assert.Equal("""{"data":{"echo":"ABC"}}""", await executor.RunAsync("""{ echo(value: "abc") }"""));
        Assert.Contains("\"errors\"", await executor.RunAsync("{ echo(value: 1) }"), StringComparison.Ordinal);
        Assert.Contains("scalar Upper", SchemaPrinter.Print(schema), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_type_resolver_picks_the_object_type_of_a_union_member()
    {
        Schema schema = new SchemaBuilder()
            .AddObjectType("Dog", t => t.Field("name").Type("String!").Resolve(ctx => ctx.GetParent<Dog>().Name))
            .AddObjectType("Cat", t => t.Field("lives").Type("Int!").Resolve(ctx => ctx.GetParent<Cat>().Lives))
            .AddUnionType("Pet", t => t.Types("Dog", "Cat"))
            .AddQueryType("Query", t => t.Field("pets").Type("[Pet!]!").Resolve(_ => new object[] { new Dog("Rex"), new Cat(9) }))
            .BindTypeResolver("Pet", (value, context) => context.Schema.GetType<ObjectType>(value is Dog ? "Dog" : "Cat"))
            .Build();

        string json = await TestSchema.Executor(schema).RunAsync("{ pets { __typename ... on Dog { name } ... on Cat { lives } } }");

        Assert.Equal("""{"data":{"pets":[{"__typename":"Dog","name":"Rex"},{"__typename":"Cat","lives":9}]}}""", json);
    }

    private sealed class UpperCaseType() : ScalarType("Upper")
    {
        public override Type RuntimeType => typeof(string);

        public override bool TryCoerceInputLiteral(ValueNode literal, out object? value)
        {
            value = literal is StringValueNode text ? text.Value.ToUpperInvariant() : null;
            return value is not null;
        }

        public override bool TryCoerceInputValue(object value, out object? coerced)
        {
            coerced = value is string text ? text.ToUpperInvariant() : null;
            return coerced is not null;
        }

        public override bool TryCoerceResult(object value, out object? serialized)
        {
            serialized = value as string;
            return serialized is not null;
        }

        public override ValueNode ValueToLiteral(object value) => new StringValueNode { Value = (string)value };
    }
}
