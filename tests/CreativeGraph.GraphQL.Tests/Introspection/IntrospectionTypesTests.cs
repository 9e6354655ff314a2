using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Tests.Introspection;

public sealed class IntrospectionTypesTests
{
    private static readonly Schema s_schema = SchemaBuilder.FromSdl(
        """
        "Example"
        schema {
          query: Query
        }

        type Query {
          dog(name: String = "Rex", size: Size = LARGE, filter: Filter = {tags: ["a"]}): Dog
          old: String @deprecated(reason: "Use dog.")
        }

        type Dog implements Pet {
          name: String!
          tags: [String!]!
        }

        interface Pet {
          name: String!
        }

        enum Size {
          SMALL
          LARGE @deprecated
        }

        input Filter @oneOf {
          tags: [String]
        }

        scalar Url @specifiedBy(url: "https://tools.ietf.org/html/rfc3986")

        directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION
        """).Build();

    private static async Task<string> Run(string query)
    {
        RequestExecutor executor = new(s_schema, null, static (_, _) => []);
        return ResultWriter.ToJson(await executor.ExecuteAsync(new GraphQLRequest { Query = query }));
    }

    [Fact]
    public void Type_has_every_field_of_the_september_2025_edition()
    {
        ObjectType type = s_schema.GetType<ObjectType>("__Type")!;

        Assert.Equal(
            ["kind", "name", "description", "specifiedByURL", "fields", "interfaces", "possibleTypes", "enumValues", "inputFields", "ofType", "isOneOf"],
            type.Fields.Select(f => f.Name));
        Assert.Equal("__TypeKind!", type.Fields["kind"]!.Type.Print());
        Assert.Equal("[__Field!]", type.Fields["fields"]!.Type.Print());
        InputValue includeDeprecated = type.Fields["inputFields"]!.Arguments["includeDeprecated"]!;
        Assert.Equal("Boolean!", includeDeprecated.Type.Print());
        Assert.Equal("false", CreativeGraph.GraphQL.Language.SyntaxPrinter.Print(includeDeprecated.DefaultValueLiteral!));
        Assert.All(type.Fields, f => Assert.True(f.IsPure));
    }

    [Fact]
    public void Meta_types_have_the_spec_fields()
    {
        string[] Fields(string name) => [.. s_schema.GetType<ObjectType>(name)!.Fields.Select(f => f.Name)];

        Assert.Equal(["description", "types", "queryType", "mutationType", "subscriptionType", "directives"], Fields("__Schema"));
        Assert.Equal(["name", "description", "args", "type", "isDeprecated", "deprecationReason"], Fields("__Field"));
        Assert.Equal(["name", "description", "type", "defaultValue", "isDeprecated", "deprecationReason"], Fields("__InputValue"));
        Assert.Equal(["name", "description", "isDeprecated", "deprecationReason"], Fields("__EnumValue"));
        Assert.Equal(["name", "description", "isRepeatable", "locations", "args"], Fields("__Directive"));
        Assert.Equal(
            ["SCALAR", "OBJECT", "INTERFACE", "UNION", "ENUM", "INPUT_OBJECT", "LIST", "NON_NULL"],
            s_schema.GetType<EnumType>("__TypeKind")!.Values.Select(v => v.Name));
        Assert.Equal(19, s_schema.GetType<EnumType>("__DirectiveLocation")!.Values.Count);
        Assert.Equal("INPUT_FIELD_DEFINITION", s_schema.GetType<EnumType>("__DirectiveLocation")!.Values[^1].Name);
    }

    [Fact]
    public async Task Introspects_a_type_with_wrapped_field_types_and_interfaces()
    {
        string json = await Run("""{ __type(name: "Dog") { kind name fields { name type { kind name ofType { kind name ofType { kind name ofType { name } } } } } interfaces { name } possibleTypes { name } enumValues { name } inputFields { name } ofType { name } isOneOf specifiedByURL } }""");

        Assert.Equal(
            """{"data":{"__type":{"kind":"OBJECT","name":"Dog","fields":[{"name":"name","type":{"kind":"NON_NULL","name":null,"ofType":{"kind":"SCALAR","name":"String","ofType":null}}},{"name":"tags","type":{"kind":"NON_NULL","name":null,"ofType":{"kind":"LIST","name":null,"ofType":{"kind":"NON_NULL","name":null,"ofType":{"name":"String"}}}}}],"interfaces":[{"name":"Pet"}],"possibleTypes":null,"enumValues":null,"inputFields":null,"ofType":null,"isOneOf":null,"specifiedByURL":null}}}""",
            json);
    }

    [Fact]
    public async Task Hides_deprecated_members_unless_asked_and_prints_default_values()
    {
        string json = await Run("""
            {
              query: __type(name: "Query") { fields { name } all: fields(includeDeprecated: true) { name isDeprecated deprecationReason } }
              dog: __schema { queryType { fields { args { name defaultValue } } } }
              size: __type(name: "Size") { enumValues { name } all: enumValues(includeDeprecated: true) { name isDeprecated } }
            }
            """);

        Assert.Equal(
            """{"data":{"query":{"fields":[{"name":"dog"}],"all":[{"name":"dog","isDeprecated":false,"deprecationReason":null},{"name":"old","isDeprecated":true,"deprecationReason":"Use dog."}]},"dog":{"queryType":{"fields":[{"args":[{"name":"name","defaultValue":"\"Rex\""},{"name":"size","defaultValue":"LARGE"},{"name":"filter","defaultValue":"{tags: [\"a\"]}"}]}]}},"size":{"enumValues":[{"name":"SMALL"}],"all":[{"name":"SMALL","isDeprecated":false},{"name":"LARGE","isDeprecated":true}]}}}""",
            json);
    }

    [Fact]
    public async Task Introspects_the_schema_its_directives_and_custom_scalars()
    {
        string json = await Run("""
            {
              __schema { description queryType { name } mutationType { name } directives { name isRepeatable locations args { name } } }
              url: __type(name: "Url") { kind specifiedByURL }
              filter: __type(name: "Filter") { isOneOf }
              pet: __type(name: "Pet") { possibleTypes { name } }
              missing: __type(name: "Nope") { name }
            }
            """);

        Assert.Equal(
            """{"data":{"__schema":{"description":"Example","queryType":{"name":"Query"},"mutationType":null,"directives":[{"name":"include","isRepeatable":false,"locations":["FIELD","FRAGMENT_SPREAD","INLINE_FRAGMENT"],"args":[{"name":"if"}]},{"name":"skip","isRepeatable":false,"locations":["FIELD","FRAGMENT_SPREAD","INLINE_FRAGMENT"],"args":[{"name":"if"}]},{"name":"deprecated","isRepeatable":false,"locations":["FIELD_DEFINITION","ARGUMENT_DEFINITION","INPUT_FIELD_DEFINITION","ENUM_VALUE"],"args":[{"name":"reason"}]},{"name":"specifiedBy","isRepeatable":false,"locations":["SCALAR"],"args":[{"name":"url"}]},{"name":"oneOf","isRepeatable":false,"locations":["INPUT_OBJECT"],"args":[]},{"name":"tag","isRepeatable":true,"locations":["OBJECT","FIELD_DEFINITION"],"args":[{"name":"name"}]}]},"url":{"kind":"SCALAR","specifiedByURL":"https://tools.ietf.org/html/rfc3986"},"filter":{"isOneOf":true},"pet":{"possibleTypes":[{"name":"Dog"}]},"missing":null}}""",
            json);
    }

    [Fact]
    public async Task Lists_every_type_once_with_the_meta_fields_left_out_of_query_fields()
    {
        string json = await Run("{ __schema { types { name } } }");

        Assert.Equal(
            """{"data":{"__schema":{"types":[{"name":"Query"},{"name":"String"},{"name":"Dog"},{"name":"Pet"},{"name":"Size"},{"name":"Filter"},{"name":"Url"},{"name":"Boolean"},{"name":"__Schema"},{"name":"__Type"},{"name":"__TypeKind"},{"name":"__Field"},{"name":"__InputValue"},{"name":"__EnumValue"},{"name":"__Directive"},{"name":"__DirectiveLocation"}]}}}""",
            json);
    }
}
