using System.Net;
using static CreativeGraph.GraphQL.AspNetCore.Tests.AuditContext;

namespace CreativeGraph.GraphQL.AspNetCore.Tests;

public sealed partial class GraphQLOverHttpAuditTests
{
    private const string Gql = "application/graphql-response+json; charset=utf-8";
    private const string JsonUtf8 = "application/json; charset=utf-8";

    private static readonly object[] s_invalidValues = [new Dictionary<string, string> { ["obj"] = "ect" }, 0, false, new[] { "array" }];
    private static readonly object[] s_invalidMaps = ["string", 0, false, new[] { "array" }];

    private static readonly HttpAudit[] s_audits =
    [
        // Media types
        new("22EB", "SHOULD", "accepts application/graphql-response+json and answers in it", async c =>
            await Expect(await c.PostAsync(Typename, GraphQLResponseJson), HttpStatusCode.OK, Gql)),
        new("4655", "MUST", "accepts application/json and answers in it", async c =>
            await Expect(await c.PostAsync(Typename, Json), HttpStatusCode.OK, JsonUtf8)),
        new("47DE", "SHOULD", "accepts */* and labels a successful response application/json", async c =>
            await Expect(await c.PostAsync(Typename, "*/*"), HttpStatusCode.OK, JsonUtf8)),
        new("80D8", "SHOULD", "assumes application/json when a GET has no Accept header", async c =>
            await Expect(await c.GetAsync("/graphql?query=%7B__typename%7D"), HttpStatusCode.OK, JsonUtf8)),
        new("CG-ACCEPT-DEFAULT-ERROR", "SHOULD", "answers a request error without Accept like application/graphql-response+json (400), as HotChocolate does", async c =>
            await Expect(await c.PostAsync("""{"query":"{"}"""), HttpStatusCode.BadRequest, Gql)),
        new("CG-ACCEPT-QUALITY", "MUST", "encodes the response in the accepted media type of highest quality", async c =>
            await Expect(await c.PostAsync(Typename, "application/json;q=0.5, application/graphql-response+json"), HttpStatusCode.OK, Gql)),
        new("CG-ACCEPT-406", "SHOULD", "answers 406 when no accepted media type can be produced", async c =>
            Status(await c.PostAsync(Typename, "text/xml"), HttpStatusCode.NotAcceptable)),
        new("82A3", "MUST", "encodes responses in UTF-8 and says so", async c =>
            Assert.Equal("utf-8", MediaType(await c.PostAsync(Typename))?.CharSet)),
        new("BF61", "MUST", "accepts a UTF-8 encoded request", async c =>
            Status(await c.PostAsync(Typename, contentType: "application/json; charset=utf-8"), HttpStatusCode.OK)),
        new("78D5", "MUST", "assumes UTF-8 when the request names no encoding", async c =>
            Status(await c.PostAsync(Typename, contentType: "application/json"), HttpStatusCode.OK)),
        new("CG-CHARSET-415", "SHOULD", "refuses a request body in another encoding than UTF-8 with 415", async c =>
            Status(await c.PostAsync(Typename, contentType: "application/json; charset=utf-16"), HttpStatusCode.UnsupportedMediaType)),

        // Request
        new("2C94", "MUST", "accepts POST requests", async c =>
            Status(await c.PostAsync(Typename), HttpStatusCode.OK)),
        new("5A70", "MAY", "accepts GET requests with URL-encoded parameters", async c =>
            await NoErrorsAsync(await c.GetAsync("/graphql?query=%7B__typename%7D", GraphQLResponseJson))),
        new("9C48", "MUST", "refuses a mutation over GET with 405 and Allow: POST", async c =>
        {
            HttpResponseMessage response = await c.GetAsync("/graphql?query=mutation%7B__typename%7D", GraphQLResponseJson);
            Status(response, HttpStatusCode.MethodNotAllowed);
            Assert.Equal("POST", response.Content.Headers.Allow.Single());
            Assert.Equal(Execution.AllowedOperations.Query, c.Executor.LastRequest!.AllowedOperations);
        }),
        new("CG-POST-MUTATION", "MUST", "allows every operation type over POST", async c =>
        {
            await NoErrorsAsync(await c.PostAsync("""{"query":"mutation { __typename }"}"""));
            Assert.Equal(Execution.AllowedOperations.All, c.Executor.LastRequest!.AllowedOperations);
        }),
        new("CG-METHOD-405", "SHOULD", "answers an unsupported HTTP method with 405", async c =>
            Status(await SendAsync(c.Client, HttpMethod.Put, "/graphql", Typename, null, Json), HttpStatusCode.MethodNotAllowed)),
        new("9ABE", "SHOULD", "answers a POST without Content-Type with a 4xx status code (415)", async c =>
            Status(await c.PostAsync(Typename, contentType: null), HttpStatusCode.UnsupportedMediaType)),
        new("CG-CONTENT-TYPE-415", "SHOULD", "answers a POST in an unsupported media type with 415", async c =>
            Status(await c.PostAsync("{ __typename }", contentType: "application/graphql"), HttpStatusCode.UnsupportedMediaType)),
        new("A5BF", "MAY", "answers a POST without body with 400 and HC0009", async c =>
        {
            HttpResponseMessage response = await c.PostAsync(string.Empty);
            Status(response, HttpStatusCode.BadRequest);
            await RequestErrorAsync(response, "HC0009");
        }),

        // Request parameters
        new("423L", "MAY", "answers a missing query with 400 and HC0013 under application/graphql-response+json", async c =>
        {
            HttpResponseMessage response = await c.PostAsync("""{"notquery":"{ __typename }"}""", GraphQLResponseJson);
            await Expect(response, HttpStatusCode.BadRequest, Gql);
            await RequestErrorAsync(response, "HC0013");
        }),
        new("CG-QUERY-MISSING-JSON", "SHOULD", "answers a missing query with 200 and HC0013 under application/json", async c =>
        {
            HttpResponseMessage response = await c.PostAsync("""{"notquery":"{ __typename }"}""", Json);
            await Expect(response, HttpStatusCode.OK, JsonUtf8);
            await RequestErrorAsync(response, "HC0013");
        }),
        .. ForEach(s_invalidValues, "LKJ", "MAY", "answers a {type} query with 400 and HC0009 when no Accept is given", async (c, v) =>
        {
            HttpResponseMessage response = await c.PostAsync(System.Text.Json.JsonSerializer.Serialize(new { query = v }), GraphQLResponseJson);
            Status(response, HttpStatusCode.BadRequest);
            await RequestErrorAsync(response, "HC0009");
        }),
        .. ForEach(s_invalidValues, "CG-QUERY-JSON-", "SHOULD", "answers a {type} query with 200 and errors under application/json", async (c, v) =>
        {
            HttpResponseMessage response = await c.PostAsync(System.Text.Json.JsonSerializer.Serialize(new { query = v }), Json);
            Status(response, HttpStatusCode.OK);
            await RequestErrorAsync(response, "HC0009");
        }),
        new("34A2", "SHOULD", "allows a string query under application/graphql-response+json", async c =>
            await NoErrorsAsync(await c.PostAsync(Typename, GraphQLResponseJson))),
        new("13EE", "MUST", "allows a string query under application/json", async c =>
            await NoErrorsAsync(await c.PostAsync(Typename, Json))),
        .. ForEach(s_invalidValues, "6C0", "MAY", "answers a {type} operationName with 400 when no Accept is given", async (c, v) =>
        {
            HttpResponseMessage response = await c.PostAsync(Body("operationName", v));
            Status(response, HttpStatusCode.BadRequest);
            await RequestErrorAsync(response, "HC0009");
        }),
        .. ForEach(s_invalidValues, "CG-OPERATION-NAME-JSON-", "SHOULD", "answers a {type} operationName with 200 and errors under application/json", async (c, v) =>
        {
            HttpResponseMessage response = await c.PostAsync(Body("operationName", v), Json);
            Status(response, HttpStatusCode.OK);
            await RequestErrorAsync(response, "HC0009");
        }),
        new("8161", "SHOULD", "allows a string operationName under application/graphql-response+json", async c =>
        {
            await NoErrorsAsync(await c.PostAsync(Body("operationName", "Query", "query Query { __typename }"), GraphQLResponseJson));
            Assert.Equal("Query", c.Executor.LastRequest!.OperationName);
        }),
        new("B8B3", "MUST", "allows a string operationName under application/json", async c =>
            await NoErrorsAsync(await c.PostAsync(Body("operationName", "Query", "query Query { __typename }"), Json))),
        new("94B0", "SHOULD", "allows null variables", async c => await NoErrorsAsync(await c.PostAsync(Body("variables", null), GraphQLResponseJson))),
        new("94B1", "SHOULD", "allows a null operationName", async c => await NoErrorsAsync(await c.PostAsync(Body("operationName", null), GraphQLResponseJson))),
        new("94B2", "SHOULD", "allows null extensions", async c => await NoErrorsAsync(await c.PostAsync(Body("extensions", null), GraphQLResponseJson))),
        new("0220", "MUST", "allows null variables under application/json", async c => await NoErrorsAsync(await c.PostAsync(Body("variables", null), Json))),
        new("0221", "MUST", "allows a null operationName under application/json", async c => await NoErrorsAsync(await c.PostAsync(Body("operationName", null), Json))),
        new("0222", "MUST", "allows null extensions under application/json", async c => await NoErrorsAsync(await c.PostAsync(Body("extensions", null), Json))),
        .. ForEach(s_invalidMaps, "476", "MAY", "answers {type} variables with 400 when no Accept is given", async (c, v) =>
        {
            HttpResponseMessage response = await c.PostAsync(Body("variables", v));
            Status(response, HttpStatusCode.BadRequest);
            await RequestErrorAsync(response, "HC0009");
        }),
        .. ForEach(s_invalidMaps, "CG-VARIABLES-JSON-", "SHOULD", "answers {type} variables with 200 and errors under application/json", async (c, v) =>
        {
            HttpResponseMessage response = await c.PostAsync(Body("variables", v), Json);
            Status(response, HttpStatusCode.OK);
            await RequestErrorAsync(response, "HC0009");
        }),
        new("2EA1", "SHOULD", "allows map variables under application/graphql-response+json", async c =>
            Status(await c.PostAsync(Body("variables", new { name = "sometype" }, "query Type($name: String!) { __type(name: $name) { name } }"), GraphQLResponseJson), HttpStatusCode.OK)),
        new("28B9", "MUST", "allows map variables under application/json", async c =>
            await NoErrorsAsync(await c.PostAsync(Body("variables", new { name = "sometype" }, "query Type($name: String!) { __type(name: $name) { name } }"), Json))),
        new("D6D5", "MAY", "allows URL-encoded JSON variables in GETs under application/graphql-response+json", async c =>
        {
            Status(await c.GetAsync("/graphql?query=query%20Type(%24name%3AString!)%7B__type(name%3A%24name)%7Bname%7D%7D&variables=%7B%22name%22%3A%22sometype%22%7D", GraphQLResponseJson), HttpStatusCode.OK);
            Assert.Equal("sometype", c.Executor.LastRequest!.Variables!["name"]);
        }),
        new("6A70", "MAY", "allows URL-encoded JSON variables in GETs under application/json", async c =>
            await NoErrorsAsync(await c.GetAsync("/graphql?query=query%20Type(%24name%3AString!)%7B__type(name%3A%24name)%7Bname%7D%7D&variables=%7B%22name%22%3A%22sometype%22%7D", Json))),
        .. ForEach(s_invalidMaps, "58B", "MAY", "answers {type} extensions with 400 when no Accept is given", async (c, v) =>
        {
            HttpResponseMessage response = await c.PostAsync(Body("extensions", v));
            Status(response, HttpStatusCode.BadRequest);
            await RequestErrorAsync(response, "HC0009");
        }),
        .. ForEach(s_invalidMaps, "CG-EXTENSIONS-JSON-", "SHOULD", "answers {type} extensions with 200 and errors under application/json", async (c, v) =>
        {
            HttpResponseMessage response = await c.PostAsync(Body("extensions", v), Json);
            Status(response, HttpStatusCode.OK);
            await RequestErrorAsync(response, "HC0009");
        }),
        new("428F", "SHOULD", "allows map extensions under application/graphql-response+json", async c =>
            Status(await c.PostAsync(Body("extensions", new { some = "value" }), GraphQLResponseJson), HttpStatusCode.OK)),
        new("1B7A", "MUST", "allows map extensions under application/json", async c =>
        {
            await NoErrorsAsync(await c.PostAsync(Body("extensions", new { some = "value" }), Json));
            Assert.Equal("value", c.Executor.LastRequest!.Extensions!["some"]);
        }),

        // Responses under application/json (legacy clients): always 200
        new("BCF8", "SHOULD", "answers unparsable JSON with 400 and HC0011 even under application/json", async c =>
        {
            HttpResponseMessage response = await c.PostAsync("""{ "not a JSON""", Json);
            await Expect(response, HttpStatusCode.BadRequest, JsonUtf8);
            await RequestErrorAsync(response, "HC0011");
        }),
        new("CG-VARIABLES-JSON-SYNTAX", "SHOULD", "answers a GET whose variables are not JSON with 400 and HC0011", async c =>
        {
            HttpResponseMessage response = await c.GetAsync("/graphql?query=%7B__typename%7D&variables=%7Bnope", Json);
            Status(response, HttpStatusCode.BadRequest);
            await RequestErrorAsync(response, "HC0011");
        }),
        new("CG-PARAMETERS-JSON", "SHOULD", "answers invalid parameters with 200 under application/json", async c =>
            Status(await c.PostAsync("""{"qeury":"{ __typename }"}""", Json), HttpStatusCode.OK)),
        new("572B", "SHOULD", "answers a document syntax error with 200 under application/json", async c =>
            Status(await c.PostAsync("""{"query":"{"}""", Json), HttpStatusCode.OK)),
        new("FDE2", "SHOULD", "answers a validation failure with 200 under application/json", async c =>
            Status(await c.PostAsync("""{"query":"{ 8f31403dfe404bccbb0e835f2629c6a7 }"}""", Json), HttpStatusCode.OK)),

        // Responses under application/graphql-response+json: 400 for request errors, no data entry
        new("B7N8", "SHOULD", "answers unparsable JSON with 400 and HC0011 under application/graphql-response+json", async c =>
        {
            HttpResponseMessage response = await c.PostAsync("""{ "not a JSON""", GraphQLResponseJson);
            await Expect(response, HttpStatusCode.BadRequest, Gql);
            await RequestErrorAsync(response, "HC0011");
        }),
        new("CG-BODY-NOT-OBJECT", "SHOULD", "answers a JSON body that is not an object with 400 and HC0009", async c =>
        {
            HttpResponseMessage response = await c.PostAsync("""["{ __typename }"]""", GraphQLResponseJson);
            Status(response, HttpStatusCode.BadRequest);
            await RequestErrorAsync(response, "HC0009");
        }),
        new("3E3A", "MAY", "answers invalid parameters with 400 and no data entry", async c =>
        {
            HttpResponseMessage response = await c.PostAsync("""{"qeury":"{ __typename }"}""", GraphQLResponseJson);
            Status(response, HttpStatusCode.BadRequest);
            await RequestErrorAsync(response, "HC0013");
        }),
        new("556A", "SHOULD", "answers a document syntax error with 400 and no data entry", async c =>
        {
            HttpResponseMessage response = await c.PostAsync("""{"query":"{"}""", GraphQLResponseJson);
            Status(response, HttpStatusCode.BadRequest);
            await RequestErrorAsync(response, "HC0014");
        }),
        new("D586", "SHOULD", "has no data entry on a document syntax error", async c =>
            Assert.False((await BodyAsync(await c.PostAsync("""{"query":"{"}""", GraphQLResponseJson))).TryGetProperty("data", out _))),
        new("7B9B", "SHOULD", "answers a variable coercion failure with 200 under application/json", async c =>
            Status(await c.PostAsync("""{"query":"query CoerceFailure($id: ID!){ __typename }","variables":{"id":null}}""", Json), HttpStatusCode.OK)),
        new("86EE", "SHOULD", "answers a variable coercion failure with 400 under application/graphql-response+json", async c =>
        {
            HttpResponseMessage response = await c.PostAsync("""{"query":"query CoerceFailure($id: ID!){ __typename }","variables":{"id":null}}""", GraphQLResponseJson);
            Status(response, HttpStatusCode.BadRequest);
            Assert.False((await BodyAsync(response)).TryGetProperty("data", out _));
        }),
        new("CG-VARIABLE-COERCION", "SHOULD", "answers a null for a non-null variable with 400 and HC0016 under application/graphql-response+json", async c =>
        {
            HttpResponseMessage response = await c.PostAsync("""{"query":"query ($name: String!) { hello(name: $name) }","variables":{"name":null}}""", GraphQLResponseJson);
            Status(response, HttpStatusCode.BadRequest);
            await RequestErrorAsync(response, "HC0016");
        }),
        new("74FF", "SHOULD", "answers a validation failure with 400 and no data entry", async c =>
        {
            HttpResponseMessage response = await c.PostAsync("""{"query":"{ 8f31403dfe404bccbb0e835f2629c6a7 }"}""", GraphQLResponseJson);
            Status(response, HttpStatusCode.BadRequest);
            Assert.False((await BodyAsync(response)).TryGetProperty("data", out _));
        }),
        new("CG-FIELD-ERROR-200", "SHOULD", "answers 200 once execution started, even with field errors, errors before data", async c =>
        {
            HttpResponseMessage response = await c.PostAsync("""{"query":"{ boom }"}""", GraphQLResponseJson);
            Status(response, HttpStatusCode.OK);
            string text = await response.Content.ReadAsStringAsync();
            System.Text.Json.JsonElement body = System.Text.Json.JsonDocument.Parse(text).RootElement;
            Assert.Equal("boom", body.GetProperty("errors")[0].GetProperty("path")[0].GetString());
            Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("data").GetProperty("boom").ValueKind);
            Assert.True(text.IndexOf("\"errors\"", StringComparison.Ordinal) < text.IndexOf("\"data\"", StringComparison.Ordinal));
        }),
    ];
}
