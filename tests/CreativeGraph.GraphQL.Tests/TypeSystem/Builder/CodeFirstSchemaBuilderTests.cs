using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Tests.TypeSystem.Builder;

public sealed class CodeFirstSchemaBuilderTests
{
    private enum ProjectStatus
    {
        Planned,
        InProgress,
        HTTPServer,
    }

    private sealed record Region(string Name, int Population);

    [Fact]
    public async Task Builds_a_query_type_with_a_resolver()
    {
        Schema schema = new SchemaBuilder()
            .AddQueryType("Query", t => t.Field("hello").Type("String!").Resolve(ctx => "world"))
            .Build();

        OutputField hello = schema.QueryType.Fields["hello"]!;
        Assert.Equal("String!", hello.Type.Print());
        Assert.Same(BuiltInScalars.String, hello.Type.NamedType());
        Assert.Same(schema.QueryType, hello.DeclaringType);
        Assert.Equal("world", await hello.Resolver!(null!));
    }

    [Fact]
    public async Task Awaits_task_returning_resolvers()
    {
        Schema schema = new SchemaBuilder()
            .AddQueryType("Query", t =>
            {
                t.Field("later").Type("Int").Resolve(ctx => Task.FromResult(42));
                t.Field("awaited").Type("String").Resolve(async ctx =>
                {
                    await Task.Yield();
                    return "done";
                });
            })
            .Build();

        Assert.Equal(42, await schema.QueryType.Fields["later"]!.Resolver!(new FakeContext(null)));
        Assert.Equal("done", await schema.QueryType.Fields["awaited"]!.Resolver!(new FakeContext(null)));
    }

    [Fact]
    public void Resolves_type_references_by_name_in_any_order_including_cycles()
    {
        Schema schema = new SchemaBuilder()
            .AddQueryType("Query", t => t.Field("region").Type("Region"))
            .AddObjectType("Region", t =>
            {
                t.Field("name").Type("String!");
                t.Field("neighbours").Type("[Region!]!");
            })
            .Build();

        ObjectType region = schema.GetType<ObjectType>("Region")!;
        Assert.Same(region, schema.QueryType.Fields["region"]!.Type);
        Assert.Same(region, region.Fields["neighbours"]!.Type.NamedType());
        Assert.Equal("[Region!]!", region.Fields["neighbours"]!.Type.Print());
    }

    [Fact]
    public async Task Default_resolver_reads_clr_properties_and_dictionary_entries()
    {
        Schema schema = new SchemaBuilder()
            .AddQueryType("Query", t => t.Field("region").Type("Region"))
            .AddObjectType("Region", t =>
            {
                t.Field("name").Type("String!");
                t.Field("population").Type("Int!");
            })
            .Build();

        OutputField name = schema.GetType<ObjectType>("Region")!.Fields["name"]!;
        Assert.True(name.IsPure);
        Assert.Equal("Tuscany", await name.Resolver!(new FakeContext(new Region("Tuscany", 3_700_000))));
        Assert.Equal("Styria", await name.Resolver!(new FakeContext(new Dictionary<string, object?> { ["name"] = "Styria" })));
        Assert.Null(await name.Resolver!(new FakeContext(null)));
    }

    [Fact]
    public void Maps_clr_enums_with_upper_snake_case_names()
    {
        Schema schema = new SchemaBuilder()
            .AddQueryType("Query", t => t.Field("status").Type("ProjectStatus"))
            .AddEnumType<ProjectStatus>()
            .Build();

        EnumType status = schema.GetType<EnumType>("ProjectStatus")!;
        Assert.Equal(["PLANNED", "IN_PROGRESS", "HTTP_SERVER"], status.Values.Select(v => v.Name));
        Assert.True(status.TryCoerceResult(ProjectStatus.InProgress, out string? name));
        Assert.Equal("IN_PROGRESS", name);
        Assert.True(status.TryCoerceInputLiteral(new EnumValueNode { Value = "PLANNED" }, out object? value));
        Assert.Equal(ProjectStatus.Planned, value);
        Assert.False(status.TryCoerceInputLiteral(new StringValueNode { Value = "PLANNED" }, out _));
        Assert.True(status.TryCoerceInputValue("HTTP_SERVER", out object? fromVariable));
        Assert.Equal(ProjectStatus.HTTPServer, fromVariable);
    }

    [Fact]
    public void Converts_clr_default_values_to_literals()
    {
        Schema schema = new SchemaBuilder()
            .AddQueryType("Query", t => t
                .Field("regions")
                .Type("[String!]!")
                .Argument("first", "Int", a => a.DefaultValue(10))
                .Argument("order", "[SortEnumType!]", a => a.DefaultValue(new[] { "ASC" }))
                .Argument("where", "RegionFilter", a => a.DefaultValue(new Dictionary<string, object?> { ["name"] = "Tus" })))
            .AddEnumType("SortEnumType", t =>
            {
                t.Value("ASC");
                t.Value("DESC");
            })
            .AddInputObjectType("RegionFilter", t => t.Field("name").Type("String"))
            .Build();

        FieldCollection<InputValue> args = schema.QueryType.Fields["regions"]!.Arguments;
        Assert.Equal("10", Assert.IsType<IntValueNode>(args["first"]!.DefaultValueLiteral).Value);
        ListValueNode order = Assert.IsType<ListValueNode>(args["order"]!.DefaultValueLiteral);
        Assert.Equal("ASC", Assert.IsType<EnumValueNode>(Assert.Single(order.Values)).Value);
        ObjectValueNode where = Assert.IsType<ObjectValueNode>(args["where"]!.DefaultValueLiteral);
        Assert.Equal("Tus", Assert.IsType<StringValueNode>(Assert.Single(where.Fields).Value).Value);
    }

    [Fact]
    public void Records_deprecation_descriptions_context_data_and_purity()
    {
        Schema schema = new SchemaBuilder()
            .AddQueryType("Query", t =>
            {
                t.Description("The root.");
                t.Field("old").Type("String").Deprecated().Description("Old field.").ContextData("cost", 5).IsPure();
                t.Field("older").Type("String").Deprecated("Use `new`.").Resolve(ctx => "x");
            })
            .Build();

        OutputField old = schema.QueryType.Fields["old"]!;
        Assert.Equal("No longer supported", old.DeprecationReason);
        Assert.Equal("Old field.", old.Description);
        Assert.Equal(5, old.ContextData["cost"]);
        Assert.Equal("Use `new`.", schema.QueryType.Fields["older"]!.DeprecationReason);
        Assert.False(schema.QueryType.Fields["older"]!.IsPure);
        Assert.Equal("The root.", schema.QueryType.Description);
    }

    [Fact]
    public void Adds_only_referenced_built_in_scalars_and_every_introspection_type()
    {
        Schema schema = new SchemaBuilder()
            .AddQueryType("Query", t => t.Field("when").Type("DateTime"))
            .Build();

        Assert.True(schema.TryGetType("DateTime", out _));
        Assert.True(schema.TryGetType("String", out _));
        Assert.True(schema.TryGetType("Boolean", out _));
        Assert.False(schema.TryGetType("Int", out _));
        Assert.False(schema.TryGetType("ID", out _));
        Assert.Equal(
            ["__Schema", "__Type", "__Field", "__InputValue", "__EnumValue", "__Directive", "__TypeKind", "__DirectiveLocation"],
            schema.Types.Where(t => t.IsIntrospectionType).Select(t => t.Name).OrderBy(n => Array.IndexOf(IntrospectionOrder, n)));
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf"], schema.DirectiveDefinitions.Select(d => d.Name));
    }

    [Fact]
    public void Custom_directives_are_defined_and_applied_with_clr_arguments()
    {
        Schema schema = new SchemaBuilder()
            .AddDirectiveType("cost", d => d.Location(DirectiveLocation.FieldDefinition).Argument("weight", "String!"))
            .AddQueryType("Query", t => t.Field("a").Type("Int").Directive("cost", ("weight", "5")))
            .Build();

        DirectiveNode cost = Assert.Single(schema.QueryType.Fields["a"]!.Directives);
        Assert.Equal("cost", cost.Name.Value);
        Assert.Equal("5", Assert.IsType<StringValueNode>(Assert.Single(cost.Arguments).Value).Value);
        Assert.True(schema.TryGetDirective("cost", out DirectiveDefinition? definition));
        Assert.False(definition.IsSpecified);
    }

    [Fact]
    public void Interfaces_unions_and_type_resolution_are_wired()
    {
        TypeResolver resolver = (value, context) => null;
        Schema schema = new SchemaBuilder()
            .AddQueryType("Query", t => t.Field("node").Type("Node"))
            .AddInterfaceType("Node", t =>
            {
                t.ResolveType(resolver);
                t.Field("id").Type("ID!");
            })
            .AddObjectType("Region", t => t.Implements("Node").Field("id").Type("ID!"))
            .AddObjectType("City", t => t.Implements("Node").IsOfType(v => v is string).Field("id").Type("ID!"))
            .AddUnionType("Place", t => t.Types("Region", "City"))
            .Build();

        InterfaceType node = schema.GetType<InterfaceType>("Node")!;
        Assert.Same(resolver, node.ResolveType);
        Assert.Equal(["Region", "City"], schema.GetPossibleTypes(node).Select(t => t.Name));
        Assert.Equal(["Region", "City"], schema.GetPossibleTypes(schema.GetType<UnionType>("Place")!).Select(t => t.Name));
        Assert.NotNull(schema.GetType<ObjectType>("City")!.IsOfType);
    }

    [Fact]
    public void Puts_schema_and_type_meta_fields_on_the_query_type()
    {
        Schema schema = new SchemaBuilder()
            .AddQueryType("Query", t => t.Field("a").Type("Int"))
            .Build();

        OutputField schemaField = schema.QueryType.Fields["__schema"]!;
        Assert.Equal("__Schema!", schemaField.Type.Print());
        Assert.True(schemaField.IsPure);
        OutputField typeField = schema.QueryType.Fields["__type"]!;
        Assert.Equal("__Type", typeField.Type.Print());
        Assert.Equal("String!", typeField.Arguments["name"]!.Type.Print());
    }

    [Fact]
    public void Reports_every_problem_at_once()
    {
        SchemaException error = Assert.Throws<SchemaException>(() => new SchemaBuilder()
            .AddQueryType("Query", t =>
            {
                t.Field("a").Type("Missing");
                t.Field("__b").Type("String");
            })
            .AddObjectType("Empty", t => { })
            .AddObjectType("Untyped", t => t.Field("x"))
            .Build());

        Assert.Equal(
            [
                "Unknown type \"Missing\".",
                "The type of Untyped.x is not set.",
                "Name \"__b\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                "Type Empty must define one or more fields.",
                "Type Untyped must define one or more fields.",
            ],
            error.Errors.Select(e => e.Message));
    }

    private static readonly string[] IntrospectionOrder = ["__Schema", "__Type", "__Field", "__InputValue", "__EnumValue", "__Directive", "__TypeKind", "__DirectiveLocation"];
}
