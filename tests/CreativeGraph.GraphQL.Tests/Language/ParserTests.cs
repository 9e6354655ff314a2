using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Tests.Language;

public sealed class ParserTests
{
    [Fact]
    public void Parses_an_operation_with_variables_directives_aliases_and_fragments()
    {
        DocumentNode document = Parser.Parse(
            """
            "Finds a node"
            query Q("the id" $id: ID! = "1" @dir, $list: [[Int!]]!) @op {
              alias: node(id: $id, obj: { a: [1, 2.5, "s", true, null, ENUM] }) @include(if: true) {
                ... on User { name }
                ...Frag @skip(if: false)
                ... @defer { id }
              }
            }

            "A fragment"
            fragment Frag on User { id }
            """);

        OperationDefinitionNode operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal("Finds a node", operation.Description!.Value);
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Equal("Q", operation.Name!.Value);
        Assert.Equal("the id", operation.VariableDefinitions[0].Description!.Value);
        Assert.Equal("dir", operation.VariableDefinitions[0].Directives[0].Name.Value);
        Assert.IsType<NonNullTypeNode>(operation.VariableDefinitions[1].Type);
        Assert.Equal("Int", operation.VariableDefinitions[1].Type.NamedType.Name.Value);
        FieldNode field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
        Assert.Equal("alias", field.ResponseName);
        Assert.Equal("node", field.Name.Value);
        ObjectValueNode obj = Assert.IsType<ObjectValueNode>(field.Arguments[1].Value);
        ListValueNode list = Assert.IsType<ListValueNode>(obj.Fields[0].Value);
        Assert.Equal(
            [SyntaxKind.IntValue, SyntaxKind.FloatValue, SyntaxKind.StringValue, SyntaxKind.BooleanValue, SyntaxKind.NullValue, SyntaxKind.EnumValue],
            list.Values.Select(v => v.Kind));
        Assert.Equal("User", Assert.IsType<InlineFragmentNode>(field.SelectionSet!.Selections[0]).TypeCondition!.Name.Value);
        Assert.Equal("Frag", Assert.IsType<FragmentSpreadNode>(field.SelectionSet.Selections[1]).Name.Value);
        Assert.Null(Assert.IsType<InlineFragmentNode>(field.SelectionSet.Selections[2]).TypeCondition);
        FragmentDefinitionNode fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal("A fragment", fragment.Description!.Value);
    }

    [Fact]
    public void Records_locations_of_nodes()
    {
        DocumentNode document = Parser.Parse("query {\n  a: b(c: 1)\n}");
        FieldNode field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal(new Location(10, 20, 2, 3), field.Location);
        Assert.Equal(new Location(15, 19, 2, 8), field.Arguments[0].Location);
        Assert.Equal(new Location(0, 22, 1, 1), document.Location);
    }

    [Fact]
    public void Omits_locations_when_asked()
    {
        DocumentNode document = Parser.Parse("{ a }", new ParserOptions { NoLocations = true });
        Assert.Null(document.Location);
        Assert.Null(((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0].Location);
    }

    [Theory]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ }", "Syntax Error: Expected Name, found \"}\".", 1, 3)]
    [InlineData("query { a } }", "Syntax Error: Unexpected \"}\".", 1, 13)]
    [InlineData("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Syntax Error: Unexpected \"...\".", 1, 1)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Syntax Error: Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Syntax Error: Expected Name, found \"{\".", 1, 10)]
    [InlineData("fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("query Foo($x: Complex = { a: { b: [ $var ] } }) { field }", "Syntax Error: Unexpected variable \"$var\" in constant value.", 1, 37)]
    [InlineData("query Foo($x: Int = $) { field }", "Syntax Error: Unexpected \"$\".", 1, 21)]
    [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type A @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("type A {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("directive @d on FIELD | NOWHERE", "Syntax Error: Unexpected Name \"NOWHERE\".", 1, 25)]
    [InlineData("extend scalar S", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend thing T @d", "Syntax Error: Unexpected Name \"thing\".", 1, 8)]
    [InlineData("{ a(x: [1 }", "Syntax Error: Unexpected \"}\".", 1, 11)]
    [InlineData("query Q($a: [Int) { a }", "Syntax Error: Expected \"]\", found \")\".", 1, 17)]
    public void Rejects_invalid_documents_with_the_graphql_js_message(string source, string message, int line, int column)
    {
        SyntaxException exception = Assert.Throws<SyntaxException>(() => Parser.Parse(source));
        Assert.Equal(message, exception.Error.Message);
        Location location = Assert.Single(exception.Error.Locations!);
        Assert.Equal((line, column), (location.Line, location.Column));
    }

    [Fact]
    public void Parses_type_system_definitions_and_extensions()
    {
        DocumentNode document = Parser.Parse(
            """
            "The schema"
            schema @a { query: Query mutation: Mutation }
            extend schema @b
            "A scalar" scalar Url @specifiedBy(url: "https://example.com")
            extend scalar Url @c
            type Query implements & Node & Entity @key(fields: "id") {
              "doc" node(id: ID! = "x" @deprecated, "arg doc" n: [Int] = [1]): Node @cost(weight: 1)
            }
            extend type Query implements Other
            interface Node implements Entity { id: ID! }
            extend interface Node @x
            union U = | A | B
            extend union U = C
            enum E { A @deprecated(reason: "no") "b" B }
            extend enum E { C }
            input I @oneOf { a: Int = 1 b: [String!] }
            extend input I { c: Boolean }
            "directive doc"
            directive @d(a: Int) repeatable on FIELD | FRAGMENT_SPREAD
            directive @e on | QUERY | INPUT_FIELD_DEFINITION
            """);

        Assert.Equal(
            [
                SyntaxKind.SchemaDefinition, SyntaxKind.SchemaExtension, SyntaxKind.ScalarTypeDefinition, SyntaxKind.ScalarTypeExtension,
                SyntaxKind.ObjectTypeDefinition, SyntaxKind.ObjectTypeExtension, SyntaxKind.InterfaceTypeDefinition, SyntaxKind.InterfaceTypeExtension,
                SyntaxKind.UnionTypeDefinition, SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeDefinition, SyntaxKind.EnumTypeExtension,
                SyntaxKind.InputObjectTypeDefinition, SyntaxKind.InputObjectTypeExtension, SyntaxKind.DirectiveDefinition, SyntaxKind.DirectiveDefinition,
            ],
            document.Definitions.Select(d => d.Kind));
        SchemaDefinitionNode schema = (SchemaDefinitionNode)document.Definitions[0];
        Assert.Equal("The schema", schema.Description!.Value);
        Assert.Equal([OperationType.Query, OperationType.Mutation], schema.OperationTypes.Select(o => o.Operation));
        ObjectTypeDefinitionNode query = (ObjectTypeDefinitionNode)document.Definitions[4];
        Assert.Equal(["Node", "Entity"], query.Interfaces.Select(i => i.Name.Value));
        FieldDefinitionNode node = query.Fields[0];
        Assert.Equal("doc", node.Description!.Value);
        Assert.Equal("arg doc", node.Arguments[1].Description!.Value);
        Assert.Equal("deprecated", node.Arguments[0].Directives[0].Name.Value);
        Assert.Equal(["Entity"], ((InterfaceTypeDefinitionNode)document.Definitions[6]).Interfaces.Select(i => i.Name.Value));
        Assert.Equal(["A", "B"], ((UnionTypeDefinitionNode)document.Definitions[8]).Types.Select(t => t.Name.Value));
        Assert.Equal("b", ((EnumTypeDefinitionNode)document.Definitions[10]).Values[1].Description!.Value);
        DirectiveDefinitionNode directive = (DirectiveDefinitionNode)document.Definitions[14];
        Assert.True(directive.Repeatable);
        Assert.Equal(["FIELD", "FRAGMENT_SPREAD"], directive.Locations.Select(l => l.Value));
        Assert.False(((DirectiveDefinitionNode)document.Definitions[15]).Repeatable);
    }

    [Theory]
    [InlineData('[', 100_000)]
    [InlineData('{', 100_000)]
    public void Rejects_deep_nesting_with_the_depth_limit(char open, int depth)
    {
        string source = open == '['
            ? "{ a(x: " + new string('[', depth) + "1" + new string(']', depth) + ") }"
            : "{ a(x: " + string.Concat(Enumerable.Repeat("{a:", depth)) + "1" + new string('}', depth) + ") }";
        SyntaxException exception = Assert.Throws<SyntaxException>(
            () => Parser.Parse(source, new ParserOptions { MaxTokens = int.MaxValue }));
        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 1100. Parsing aborted.", exception.Error.Message);
        Assert.Equal(ErrorCodes.SyntaxNestingLimitExceeded, exception.Error.Code);
    }

    [Fact]
    public void Rejects_deeply_nested_selections_and_inline_fragments_and_list_types()
    {
        ParserOptions options = new() { MaxTokens = int.MaxValue };
        string selections = string.Concat(Enumerable.Repeat("{ a ", 100_000)) + new string('}', 100_000);
        string fragments = "{" + string.Concat(Enumerable.Repeat("... { ", 100_000)) + "a" + new string('}', 100_001);
        string types = "query ($a: " + new string('[', 100_000) + "Int" + new string(']', 100_000) + ") { a }";
        foreach (string source in new[] { selections, fragments, types })
        {
            SyntaxException exception = Assert.Throws<SyntaxException>(() => Parser.Parse(source, options));
            Assert.Equal(ErrorCodes.SyntaxNestingLimitExceeded, exception.Error.Code);
        }
    }

    [Fact]
    public void Rejects_documents_with_more_tokens_than_the_limit()
    {
        string source = "{ " + string.Concat(Enumerable.Repeat("a ", 20)) + "}";
        SyntaxException exception = Assert.Throws<SyntaxException>(() => Parser.Parse(source, new ParserOptions { MaxTokens = 10 }));
        Assert.Equal("Syntax Error: Document contains more than 10 tokens. Parsing aborted.", exception.Error.Message);
        Assert.Equal(ErrorCodes.SyntaxTokenLimitExceeded, exception.Error.Code);
        Assert.Equal(21, exception.Error.Locations![0].Column);
        Parser.Parse("{ a b c d e f g h }", new ParserOptions { MaxTokens = 10 });
    }

    [Fact]
    public void Rejects_documents_larger_than_the_byte_limit()
    {
        SyntaxException exception = Assert.Throws<SyntaxException>(() => Parser.Parse("{ abcdef }", new ParserOptions { MaxDocumentBytes = 5 }));
        Assert.Equal("Syntax Error: Document is larger than the limit of 5 bytes. Parsing aborted.", exception.Error.Message);
        Assert.Equal(ErrorCodes.SyntaxDocumentTooLarge, exception.Error.Code);
        Assert.Throws<SyntaxException>(() => Parser.Parse("{ é }"u8, new ParserOptions { MaxDocumentBytes = 5 }));
        Assert.Equal("a", ((FieldNode)((OperationDefinitionNode)Parser.Parse("{ a }", new ParserOptions { MaxDocumentBytes = 5 }).Definitions[0]).SelectionSet.Selections[0]).Name.Value);
    }

    [Fact]
    public void Parses_a_single_value_and_a_single_type()
    {
        ListValueNode list = Assert.IsType<ListValueNode>(Parser.ParseValue("[123 \"abc\" $v {a: B}]"));
        Assert.Equal(4, list.Values.Count);
        NonNullTypeNode type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[String!]!"));
        Assert.IsType<NonNullTypeNode>(Assert.IsType<ListTypeNode>(type.Type).Type);
        Assert.Throws<SyntaxException>(() => Parser.ParseValue("1 2"));
        Assert.Throws<SyntaxException>(() => Parser.ParseType("String!!"));
    }

    [Fact]
    public void Reuses_one_string_for_a_name_across_documents()
    {
        string first = ((OperationDefinitionNode)Parser.Parse("{ organisationCountry }").Definitions[0]).SelectionSet.Selections.Cast<FieldNode>().Single().Name.Value;
        string second = ((OperationDefinitionNode)Parser.Parse("{ organisationCountry }"u8).Definitions[0]).SelectionSet.Selections.Cast<FieldNode>().Single().Name.Value;
        Assert.Same(first, second);
    }
}
