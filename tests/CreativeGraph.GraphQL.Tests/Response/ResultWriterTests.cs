using System.Buffers;
using System.Text;
using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Tests.Response;

public sealed class ResultWriterTests
{
    [Fact]
    public void Writes_errors_before_data_with_locations_path_and_extensions()
    {
        Dictionary<string, object?> data = new() { ["hero"] = new Dictionary<string, object?> { ["name"] = null } };
        GraphQLError error = new(
            "Cannot return null for non-nullable field Dog.name.",
            ErrorCodes.ExecutionNonNullViolation,
            [new Location(0, 0, 3, 5)],
            ResponsePath.Root.Append("hero").Append(0).Append("name"));

        string json = ResultWriter.ToJson(ExecutionResult.FromData(data, [error]));

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Dog.name.","locations":[{"line":3,"column":5}],"path":["hero",0,"name"],"extensions":{"code":"HC0018"}}],"data":{"hero":{"name":null}}}""",
            json);
    }

    [Fact]
    public void Omits_data_entirely_for_a_request_error_result()
    {
        string json = ResultWriter.ToJson(ExecutionResult.RequestError(RequestErrorKind.Syntax, new GraphQLError("Unexpected }.", ErrorCodes.SyntaxError)));

        Assert.Equal("""{"errors":[{"message":"Unexpected }.","extensions":{"code":"HC0014"}}]}""", json);
    }

    [Fact]
    public void Writes_null_data_and_extensions_last()
    {
        ExecutionResult result = ExecutionResult.FromData(null);
        result.Extensions = new Dictionary<string, object?> { ["cost"] = 3 };

        Assert.Equal("""{"data":null,"extensions":{"cost":3}}""", ResultWriter.ToJson(result));
    }

    [Fact]
    public void Writes_primitive_trees_lists_and_escapes_strings()
    {
        Dictionary<string, object?> data = new()
        {
            ["i"] = 1,
            ["l"] = 5_000_000_000L,
            ["d"] = 1.5,
            ["m"] = 2.25m,
            ["b"] = true,
            ["s"] = "quote \" and é",
            ["list"] = new List<object?> { 1, null, "x" },
            ["array"] = new object?[] { false },
        };

        Assert.Equal(
            """{"data":{"i":1,"l":5000000000,"d":1.5,"m":2.25,"b":true,"s":"quote \" and é","list":[1,null,"x"],"array":[false]}}""",
            ResultWriter.ToJson(ExecutionResult.FromData(data)));
    }

    [Fact]
    public void Writes_the_executor_result_map_in_field_order()
    {
        ResultMap map = new(new ResultMapShape(["b", "a"]), LazyPath.Root);
        map.Values[0] = 2;
        map.Values[1] = 1;

        Assert.Equal("""{"data":{"b":2,"a":1}}""", ResultWriter.ToJson(ExecutionResult.FromData(map)));
        Assert.Equal(1, map["a"]);
        Assert.Equal(["b", "a"], map.Keys);
    }

    [Fact]
    public void Writes_utf8_into_a_buffer_writer_and_indents_on_request()
    {
        ArrayBufferWriter<byte> buffer = new();

        ResultWriter.Write(ExecutionResult.FromData(new Dictionary<string, object?> { ["a"] = 1 }), buffer, indented: true);

        Assert.Equal("{\n  \"data\": {\n    \"a\": 1\n  }\n}", Encoding.UTF8.GetString(buffer.WrittenSpan).ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Writes_to_a_stream()
    {
        using MemoryStream stream = new();

        await ResultWriter.WriteAsync(ExecutionResult.FromData(new Dictionary<string, object?> { ["a"] = "b" }), stream);

        Assert.Equal("""{"data":{"a":"b"}}""", Encoding.UTF8.GetString(stream.ToArray()));
    }
}
