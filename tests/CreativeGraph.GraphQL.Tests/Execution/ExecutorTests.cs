using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.TypeSystem;
using static CreativeGraph.GraphQL.Tests.Execution.Support.TestSchema;
using S = CreativeGraph.GraphQL.TypeSystem.BuiltInScalars;

namespace CreativeGraph.GraphQL.Tests.Execution;

public sealed class ExecutorTests
{
    private sealed record Person(string Name, int Age, Person? Friend);

    private static RequestExecutor CreatePeople()
    {
        ObjectType person = Object("Person", Field("name", NonNull(S.String)), Field("age", S.Int));
        person.Fields = new FieldCollection<OutputField>([.. person.Fields, Field("friend", person)]);
        foreach (OutputField field in person.Fields)
        {
            field.DeclaringType = person;
        }

        Person ada = new("Ada", 36, new Person("Charles", 79, null));
        ObjectType query = Object(
            "Query",
            Field("me", person, _ => ada),
            Field("greeting", S.String, c => "Hello " + c.ArgumentValue<string>("name"), Argument("name", S.String, new StringValueNode { Value = "world" })),
            Field("dict", S.String, _ => null));
        return Executor(Create(query));
    }

    [Fact]
    public async Task Resolves_clr_properties_by_field_name_in_document_order()
    {
        string json = await CreatePeople().RunAsync("{ me { age name friend { name } } }");

        Assert.Equal("""{"data":{"me":{"age":36,"name":"Ada","friend":{"name":"Charles"}}}}""", json);
    }

    [Fact]
    public async Task Uses_aliases_as_response_names_and_answers_typename()
    {
        string json = await CreatePeople().RunAsync("{ a: me { n: name __typename } __typename }");

        Assert.Equal("""{"data":{"a":{"n":"Ada","__typename":"Person"},"__typename":"Query"}}""", json);
    }

    [Fact]
    public async Task Applies_argument_defaults_literals_and_variables()
    {
        RequestExecutor executor = CreatePeople();

        Assert.Equal("""{"data":{"greeting":"Hello world"}}""", await executor.RunAsync("{ greeting }"));
        Assert.Equal("""{"data":{"greeting":"Hello Ada"}}""", await executor.RunAsync("""{ greeting(name: "Ada") }"""));
        Assert.Equal(
            """{"data":{"greeting":"Hello Bob"}}""",
            await executor.RunAsync("query Q($n: String) { greeting(name: $n) }", new Dictionary<string, object?> { ["n"] = "Bob" }));
        Assert.Equal("""{"data":{"greeting":"Hello world"}}""", await executor.RunAsync("query Q($n: String) { greeting(name: $n) }"));
    }

    [Fact]
    public async Task Merges_fields_of_the_same_response_name_across_fragments()
    {
        // Spec #sec-Field-Collection example: subfield1 and subfield2 are resolved together.
        string json = await CreatePeople().RunAsync("""
            {
              me { name }
              ...F
            }
            fragment F on Query {
              me { age }
              greeting
            }
            """);

        Assert.Equal("""{"data":{"me":{"name":"Ada","age":36},"greeting":"Hello world"}}""", json);
    }

    [Fact]
    public async Task Skip_and_include_follow_literals_and_variables()
    {
        RequestExecutor executor = CreatePeople();
        const string Query = """
            query Q($yes: Boolean!, $no: Boolean!) {
              me {
                name @include(if: $yes)
                age @skip(if: $yes)
                friend @include(if: $no) { name }
                ... @skip(if: false) { a: name }
                ... on Person @include(if: false) { b: name }
              }
            }
            """;

        string json = await executor.RunAsync(Query, new Dictionary<string, object?> { ["yes"] = true, ["no"] = false });
        string flipped = await executor.RunAsync(Query, new Dictionary<string, object?> { ["yes"] = false, ["no"] = true });

        Assert.Equal("""{"data":{"me":{"name":"Ada","a":"Ada"}}}""", json);
        Assert.Equal("""{"data":{"me":{"age":36,"friend":{"name":"Charles"},"a":"Ada"}}}""", flipped);
    }

    [Fact]
    public async Task Resolves_dictionaries_and_lists_with_the_default_resolver()
    {
        ObjectType item = Object("Item", Field("id", NonNull(S.ID)), Field("tags", ListOf(S.String)));
        ObjectType query = Object("Query", Field("items", ListOf(item)));
        Dictionary<string, object?> root = new()
        {
            ["items"] = new object[]
            {
                new Dictionary<string, object?> { ["id"] = "1", ["tags"] = new[] { "a", "b" } },
                new Dictionary<string, object?> { ["id"] = "2", ["tags"] = null },
            },
        };

        string json = await Executor(Create(query)).RunAsync("{ items { id tags } }", root: root);

        Assert.Equal("""{"data":{"items":[{"id":"1","tags":["a","b"]},{"id":"2","tags":null}]}}""", json);
    }

    [Fact]
    public async Task Resolves_interfaces_and_unions_by_clr_type_and_resolver()
    {
        InterfaceType pet = Interface("Pet", Field("name", S.String));
        ObjectType dog = Object("Dog", [pet], Field("name", S.String), Field("barks", S.Boolean));
        ObjectType cat = Object("Cat", [pet], Field("name", S.String), Field("meows", S.Boolean));
        dog.RuntimeType = typeof(DogValue);
        cat.IsOfType = v => v is CatValue;
        UnionType either = Union("DogOrCat", dog, cat);
        either.ResolveType = (v, _) => v is DogValue ? dog : cat;
        ObjectType query = Object(
            "Query",
            Field("pets", ListOf(pet), _ => new object[] { new DogValue("Rex", true), new CatValue("Tom", false) }),
            Field("any", either, _ => new CatValue("Kit", true)));

        string json = await Executor(Create(query)).RunAsync("""
            {
              pets { __typename name ... on Dog { barks } ... on Cat { meows } }
              any { ... on Cat { name meows } }
            }
            """);

        Assert.Equal(
            """{"data":{"pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","meows":false}],"any":{"name":"Kit","meows":true}}}""",
            json);
    }

    [Fact]
    public async Task Serializes_enums_by_their_names()
    {
        EnumType color = Enum("Color", "RED", "GREEN");
        ObjectType query = Object("Query", Field("color", color, _ => "GREEN"), Field("colors", ListOf(color), _ => new[] { "RED", "BLUE" }));

        string json = await Executor(Create(query)).RunAsync("{ color colors }");

        Assert.Equal(
            """{"errors":[{"message":"Color cannot represent value: BLUE","locations":[{"line":1,"column":9}],"path":["colors",1],"extensions":{"code":"HC0096"}}],"data":{"color":"GREEN","colors":["RED",null]}}""",
            json);
    }

    [Fact]
    public async Task Runs_async_sibling_fields_concurrently()
    {
        TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        ObjectType query = Object(
            "Query",
            Field("waits", S.String, (FieldResolver)(async _ =>
            {
                await gate.Task;
                return "released";
            })),
            Field("releases", S.String, (FieldResolver)(async _ =>
            {
                await Task.Yield();
                gate.SetResult();
                return "done";
            })));

        string json = await Executor(Create(query)).RunAsync("{ waits releases }");

        Assert.Equal("""{"data":{"waits":"released","releases":"done"}}""", json);
    }

    private sealed record DogValue(string Name, bool Barks);

    private sealed record CatValue(string Name, bool Meows);
}
