using CreativeGraph.GraphQL.Tests.TestSchemas;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Tests.TypeSystem.Builder;

public sealed class SdlSchemaBuilderTests
{
    [Fact]
    public void Builds_the_spec_example_schema_with_its_extensions()
    {
        Schema schema = SpecExampleSchema.Schema;

        Assert.Equal("Query", schema.QueryType.Name);
        Assert.Equal("Mutation", schema.MutationType!.Name);
        Assert.Equal("Subscription", schema.SubscriptionType!.Name);
        Assert.True(schema.QueryType.Fields.ContainsField("catOrDog"));
        Assert.True(schema.QueryType.Fields.ContainsField("complicatedArgs"));
        ObjectType human = schema.GetType<ObjectType>("Human")!;
        Assert.Equal(["Sentient", "Being", "Mind"], human.Interfaces.Select(i => i.Name));
        Assert.Equal(["name", "pets", "iq", "relatives"], human.Fields.Select(f => f.Name));
        Assert.Equal(["Being"], schema.GetType<InterfaceType>("Pet")!.Interfaces.Select(i => i.Name));
        Assert.True(schema.GetType<InputObjectType>("PetInput")!.IsOneOf);
        Assert.Equal(["Cat", "Dog"], schema.GetPossibleTypes(schema.GetType<UnionType>("CatOrDog")!).Select(t => t.Name));
        Assert.Equal(["Dog", "Cat"], schema.GetPossibleTypes(schema.GetType<InterfaceType>("Pet")!).Select(t => t.Name));
        Assert.True(schema.TryGetDirective("repeatable", out DirectiveDefinition? repeatable));
        Assert.True(repeatable.IsRepeatable);
    }

    [Fact]
    public void Reads_descriptions_deprecations_defaults_and_specified_by()
    {
        Schema schema = SchemaBuilder.FromSdl(
            """
            "The root"
            type Query {
              "A field"
              a(
                "An argument"
                first: Int = 10
                old: String @deprecated(reason: "Use first.")
              ): String @deprecated
              when: DateTime
              color: Color
            }

            enum Color {
              RED
              GREEN @deprecated(reason: "Gone.")
            }

            scalar DateTime @specifiedBy(url: "https://example.org/date-time")
            """).Build();

        OutputField a = schema.QueryType.Fields["a"]!;
        Assert.Equal("The root", schema.QueryType.Description);
        Assert.Equal("A field", a.Description);
        Assert.Equal("No longer supported", a.DeprecationReason);
        Assert.Equal("An argument", a.Arguments["first"]!.Description);
        Assert.Equal("10", Assert.IsType<CreativeGraph.GraphQL.Language.IntValueNode>(a.Arguments["first"]!.DefaultValueLiteral).Value);
        Assert.Equal("Use first.", a.Arguments["old"]!.DeprecationReason);
        Assert.Equal("Gone.", schema.GetType<EnumType>("Color")!.Values[1].DeprecationReason);
        ScalarType dateTime = schema.GetType<ScalarType>("DateTime")!;
        Assert.Equal("https://example.org/date-time", dateTime.SpecifiedByUrl);
        Assert.True(dateTime.TryCoerceInputValue("2024-01-01T00:00:00Z", out object? value));
        Assert.IsType<DateTimeOffset>(value);
    }

    [Fact]
    public void Uses_the_schema_definition_for_root_types()
    {
        Schema schema = SchemaBuilder.FromSdl(
            """
            schema {
              query: Root
            }

            type Root {
              mutation: Mutation
            }

            type Mutation {
              name: String
            }
            """).Build();

        Assert.Equal("Root", schema.QueryType.Name);
        Assert.Null(schema.MutationType);
    }

    [Fact]
    public async Task Binds_resolvers_to_sdl_fields_after_parsing()
    {
        Schema schema = SchemaBuilder.FromSdl("type Query { dog: String }")
            .BindResolver("Query", "dog", ctx => "Rex", isPure: true)
            .Build();

        OutputField dog = schema.QueryType.Fields["dog"]!;
        Assert.True(dog.IsPure);
        Assert.Equal("Rex", await dog.Resolver!(new FakeContext(null)));
    }

    [Fact]
    public void Reports_extensions_of_unknown_types_and_redefined_fields()
    {
        SchemaException error = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(
            """
            type Query { a: String }
            extend type Missing { b: String }
            extend type Query { a: String }
            extend union Query = Query
            """).Build());

        Assert.Equal(
            [
                "Cannot extend type \"Missing\" because it is not defined. (2:13)",
                "Field \"Query.a\" already exists in the schema. It cannot also be defined in this type extension. (3:21)",
                "Cannot extend non-union type \"Query\". (4:14)",
            ],
            error.Errors.Select(e => $"{e.Message} ({e.Locations![0].Line}:{e.Locations[0].Column})"));
    }

    [Fact]
    public void Reports_a_syntax_error_as_a_schema_error()
    {
        SchemaException error = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query {"));

        Assert.Equal("HC0014", Assert.Single(error.Errors).Code);
    }
}

public sealed class SdlExtensionTests
{
    private sealed record Dog(string Name);

    [Fact]
    public void Applies_interface_union_enum_input_scalar_and_schema_extensions()
    {
        Schema schema = SchemaBuilder.FromSdl(
            """
            schema { query: Query }
            type Query { a: Named }
            interface Named { name: String }
            type Dog implements Named { name: String }
            type Cat { name: String }
            union Pet = Dog
            enum Size { S }
            input Filter { a: Int }
            scalar Url
            directive @tag(name: String!) repeatable on OBJECT | SCALAR

            extend interface Named { nick: String }
            extend type Dog { nick: String }
            extend union Pet = Cat
            extend enum Size { M }
            extend input Filter { b: Int }
            extend scalar Url @tag(name: "x")
            extend schema { mutation: Cat }
            extend type Query @tag(name: "q") { pet: Pet size: Size filter(f: Filter): Url }
            """).Build();

        Assert.Equal(["name", "nick"], schema.GetType<InterfaceType>("Named")!.Fields.Select(f => f.Name));
        Assert.Equal(["Dog", "Cat"], schema.GetType<UnionType>("Pet")!.Types.Select(t => t.Name));
        Assert.Equal(["S", "M"], schema.GetType<EnumType>("Size")!.Values.Select(v => v.Name));
        Assert.Equal(["a", "b"], schema.GetType<InputObjectType>("Filter")!.Fields.Select(f => f.Name));
        Assert.Equal("tag", Assert.Single(schema.GetType<ScalarType>("Url")!.Directives).Name.Value);
        Assert.Equal("Cat", schema.MutationType!.Name);
        Assert.Equal("tag", Assert.Single(schema.QueryType.Directives).Name.Value);
    }

    [Fact]
    public void Reports_an_interface_extension_that_an_implementation_does_not_follow() =>
        SchemaValidation.SchemaRuleAssert.Errors(
            """
            type Query { a: Named }
            interface Named { name: String }
            type Dog implements Named { name: String }
            extend interface Named { nick: String }
            """,
            "Interface field Named.nick expected but Dog does not provide it. (3:6)");

    [Fact]
    public void Recognises_values_of_a_runtime_type_when_no_IsOfType_is_given()
    {
        Schema schema = SchemaBuilder.FromSdl("type Query { dog: Dog } type Dog { name: String }")
            .BindRuntimeType("Dog", typeof(Dog))
            .Build();

        ObjectType dog = schema.GetType<ObjectType>("Dog")!;
        Assert.True(dog.IsOfType!(new Dog("Rex")));
        Assert.False(dog.IsOfType!("Rex"));
    }

    [Fact]
    public void Builds_the_same_schema_twice_from_one_builder()
    {
        SchemaBuilder builder = SchemaBuilder.FromSdl("type Query { a: Int } extend type Query { b: Int }");

        Assert.Equal(["a", "b"], builder.Build().QueryType.Fields.Select(f => f.Name).Where(n => !n.StartsWith("__", StringComparison.Ordinal)));
        Assert.Equal(["a", "b"], builder.Build().QueryType.Fields.Select(f => f.Name).Where(n => !n.StartsWith("__", StringComparison.Ordinal)));
    }
}
