using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Tests.TypeSystem.Directives;

public sealed class AuthorizeDirectivesTests
{
    private const string Sdl = """
        type Query {
          person: Person
        }

        type Person @authorize {
          name: String!
          email: String @authorize(policy: "personal-data") @authorize(roles: ["admin", "staff"], apply: AFTER_RESOLVER)
          phone: String @authorize(apply: VALIDATION)
        }
        """;

    // HotChocolate's signatures (HotChocolate 13-15 Authorization), with our descriptions.
    private const string Definition = """"
        """
        Restricts a field, or every field of an object type, to the callers an authorization rule admits; others get null and an error.
        """
        directive @authorize(
          """
          The name of the authorization policy that decides; without it, the default policy (an authenticated caller).
          """
          policy: String

          """Roles of which the caller must have at least one."""
          roles: [String!]

          """
          When the rule is checked: before the resolver (the default), after it, or once before execution.
          """
          apply: ApplyPolicy! = BEFORE_RESOLVER
        ) repeatable on OBJECT | FIELD_DEFINITION
        """";

    private const string ApplyPolicyEnum = """"
        """When an `@authorize` rule is checked."""
        enum ApplyPolicy {
          """Before the field's resolver runs."""
          BEFORE_RESOLVER

          """After the resolver ran, before its value is returned."""
          AFTER_RESOLVER

          """
          Once per request, before execution starts; a denial refuses the whole operation.
          """
          VALIDATION
        }
        """";

    private static Schema CodeFirst() => new SchemaBuilder()
        .AddQueryType("Query", t => t.Field("person").Type("Person"))
        .AddObjectType("Person", t =>
        {
            t.Authorize();
            t.Field("name").Type("String!");
            t.Field("email").Type("String")
                .Authorize(policy: "personal-data")
                .Authorize(roles: ["admin", "staff"], apply: ApplyPolicy.AfterResolver);
            t.Field("phone").Type("String").Authorize(apply: ApplyPolicy.Validation);
        })
        .Build();

    [Fact]
    public void Prints_the_directive_and_ApplyPolicy_a_schema_uses_and_the_rules_where_they_are_applied()
    {
        string printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(Sdl).Build());

        Assert.Equal(Definition + "\n\n" + Sdl + "\n\n" + ApplyPolicyEnum, printed);
    }

    [Fact]
    public void Code_first_rules_build_the_same_schema_as_SDL()
    {
        Assert.Equal(SchemaPrinter.Print(SchemaBuilder.FromSdl(Sdl).Build()), SchemaPrinter.Print(CodeFirst()));
    }

    [Fact]
    public void A_field_carries_its_type_rules_first_then_its_own()
    {
        foreach (Schema schema in new[] { SchemaBuilder.FromSdl(Sdl).Build(), CodeFirst() })
        {
            ObjectType person = schema.GetType<ObjectType>("Person")!;

            Assert.Equal(
                ["@authorize(policy: null, roles: [], apply: BeforeResolver)"],
                person.Fields["name"]!.AuthorizeDirectives.Select(d => d.ToString()));
            Assert.Equal(
                [
                    "@authorize(policy: null, roles: [], apply: BeforeResolver)",
                    "@authorize(policy: personal-data, roles: [], apply: BeforeResolver)",
                    "@authorize(policy: null, roles: [admin, staff], apply: AfterResolver)",
                ],
                person.Fields["email"]!.AuthorizeDirectives.Select(d => d.ToString()));
            Assert.Empty(schema.QueryType.Fields["person"]!.AuthorizeDirectives);
        }
    }

    [Fact]
    public void A_schema_that_applies_no_rule_has_neither_the_directive_nor_ApplyPolicy()
    {
        Schema schema = SchemaBuilder.FromSdl("type Query { a: String }").Build();

        Assert.False(schema.TryGetDirective("authorize", out _));
        Assert.False(schema.TryGetType("ApplyPolicy", out _));
        Assert.Equal("type Query {\n  a: String\n}", SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Printed_SDL_with_the_definitions_builds_the_same_schema_again()
    {
        string printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(Sdl).Build());

        Schema again = SchemaBuilder.FromSdl(printed).Build();

        Assert.Equal(printed, SchemaPrinter.Print(again));
        Assert.Equal(3, again.GetType<ObjectType>("Person")!.Fields["email"]!.AuthorizeDirectives.Count);
    }

    [Fact]
    public void A_single_role_is_a_list_of_one_and_an_unknown_apply_value_is_a_schema_error()
    {
        Schema schema = SchemaBuilder.FromSdl("""type Query { a: String @authorize(roles: "admin") }""").Build();
        SchemaException error = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query { a: String @authorize(apply: LATER) }").Build());

        Assert.Equal(["admin"], schema.QueryType.Fields["a"]!.AuthorizeDirectives[0].Roles);
        Assert.Contains(error.Errors, e => e.Message.Contains("LATER", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Introspection_lists_the_directive_definition_but_not_where_it_is_applied()
    {
        RequestExecutor executor = new(SchemaBuilder.FromSdl(Sdl).Build());

        ExecutionResult result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = """
                {
                  __schema { directives { name isRepeatable locations args { name defaultValue } } }
                  __type(name: "ApplyPolicy") { enumValues { name } }
                }
                """,
        });

        string json = ResultWriter.ToJson(result);
        Assert.Contains(
            """{"name":"authorize","isRepeatable":true,"locations":["OBJECT","FIELD_DEFINITION"],"args":[{"name":"policy","defaultValue":null},{"name":"roles","defaultValue":null},{"name":"apply","defaultValue":"BEFORE_RESOLVER"}]}""",
            json,
            StringComparison.Ordinal);
        Assert.Contains("""{"enumValues":[{"name":"BEFORE_RESOLVER"},{"name":"AFTER_RESOLVER"},{"name":"VALIDATION"}]}""", json, StringComparison.Ordinal);
    }
}
