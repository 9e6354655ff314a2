using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Tests.Language;

public sealed class LexerTests
{
    [Theory]
    [InlineData("{ a(x: 0) }", "0")]
    [InlineData("{ a(x: -0) }", "-0")]
    [InlineData("{ a(x: 123) }", "123")]
    [InlineData("{ a(x: -123) }", "-123")]
    public void Reads_int_values(string source, string expected)
    {
        IntValueNode value = Assert.IsType<IntValueNode>(FirstArgument(source));
        Assert.Equal(expected, value.Value);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("-1.5")]
    [InlineData("1e10")]
    [InlineData("1E-10")]
    [InlineData("1.5e+3")]
    [InlineData("0.0")]
    public void Reads_float_values(string literal)
    {
        FloatValueNode value = Assert.IsType<FloatValueNode>(FirstArgument("{ a(x: " + literal + ") }"));
        Assert.Equal(literal, value.Value);
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{0}\\u{10FFFF}\"", "unicode \u1234\0\U0010FFFF")]
    [InlineData("\"pair \\uD83D\\uDE00\"", "pair \U0001F600")]
    [InlineData("\"braced \\u{1F600}\"", "braced \U0001F600")]
    [InlineData("\"non-ascii é 😀\"", "non-ascii é 😀")]
    [InlineData("\"bom \uFEFF and tab \t kept\"", "bom \uFEFF and tab \t kept")]
    [InlineData("\"control \u007F allowed\"", "control \u007F allowed")]
    [InlineData("\"C0 control \u0001 allowed\"", "C0 control \u0001 allowed")] // #sec-SourceCharacter: any Unicode scalar value
    [InlineData("\"NUL \u0000 allowed\"", "NUL \u0000 allowed")]
    public void Reads_string_values(string literal, string expected)
    {
        StringValueNode value = Assert.IsType<StringValueNode>(FirstArgument("{ a(x: " + literal + ") }"));
        Assert.Equal(expected, value.Value);
        Assert.False(value.Block);
    }

    [Theory]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", "spans\n  multiple\n    lines")]
    public void Reads_block_string_values(string literal, string expected)
    {
        StringValueNode value = Assert.IsType<StringValueNode>(FirstArgument("{ a(x: " + literal + ") }"));
        Assert.Equal(expected, value.Value);
        Assert.True(value.Block);
    }

    [Theory]
    [InlineData("{ a(x: 01) }", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 9)]
    [InlineData("{ a(x: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ a(x: .5) }", "Syntax Error: Unexpected character: \".\".", 1, 8)]
    [InlineData("{ a(x: 1e) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ a(x: 1.e5) }", "Syntax Error: Invalid number, expected digit but got: \"e\".", 1, 10)]
    [InlineData("{ a(x: 0x1F) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 9)]
    [InlineData("{ a(x: 123abc) }", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 11)]
    [InlineData("{ a(x: 1.2.3) }", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 11)]
    [InlineData("{ a(x: -) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 9)]
    [InlineData("{ a(x: 1", "Syntax Error: Expected Name, found <EOF>.", 1, 9)]
    [InlineData("{ a(x: \"abc) }", "Syntax Error: Unterminated string.", 1, 15)]
    [InlineData("{ a(x: \"abc\n\") }", "Syntax Error: Unterminated string.", 1, 12)]
    [InlineData("{ a(x: \"\"\"abc) }", "Syntax Error: Unterminated string.", 1, 17)]
    [InlineData("{ a(x: \"\\x\") }", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 9)]
    [InlineData("{ a(x: \"\\u12\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u12\")\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{110000}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 9)]
    [InlineData("{ a(x: \"\\uD800\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 9)]
    [InlineData("{ a(x: \"\\uDE00\\uD83D\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{D800}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 9)]
    [InlineData("\u0000", "Syntax Error: Unexpected character: U+0000.", 1, 1)]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".", 1, 1)]
    [InlineData("{ a }\n\n  ?", "Syntax Error: Unexpected character: \"?\".", 3, 3)]
    [InlineData("{ é }", "Syntax Error: Unexpected character: U+00E9.", 1, 3)]
    [InlineData("'abc'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("..", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("  # only a comment", "Syntax Error: Unexpected <EOF>.", 1, 19)]
    [InlineData("\"é\" ?", "Syntax Error: Unexpected character: \"?\".", 1, 5)]
    [InlineData("{ a\r\n  ?", "Syntax Error: Unexpected character: \"?\".", 2, 3)]
    [InlineData("{ a\r  ?", "Syntax Error: Unexpected character: \"?\".", 2, 3)]
    [InlineData("{ a(x: \"\"\"\n  abc", "Syntax Error: Unterminated string.", 2, 6)]
    [InlineData("{ a(x: \"abc\") \u00A0 }", "Syntax Error: Unexpected character: U+00A0.", 1, 15)]
    [InlineData("{ a(x: \"\\u{FFFFFFFFF}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFFFFFFF\".", 1, 9)]
    [InlineData("{ a(x: 1) } # comment \u0001 allowed\n ?", "Syntax Error: Unexpected character: \"?\".", 2, 2)]
    [InlineData("{ a(x: \"x\"\"\") }", "Syntax Error: Expected Name, found String \"\".", 1, 11)]
    public void Rejects_invalid_tokens_with_the_graphql_js_message(string source, string message, int line, int column)
    {
        SyntaxException exception = Assert.Throws<SyntaxException>(() => Parser.Parse(source));
        Assert.Equal(message, exception.Error.Message);
        Assert.Equal(ErrorCodes.SyntaxError, exception.Error.Code);
        Location location = Assert.Single(exception.Error.Locations!);
        Assert.Equal((line, column), (location.Line, location.Column));
    }

    [Fact]
    public void Ignores_bom_commas_comments_and_line_terminators()
    {
        DocumentNode document = Parser.Parse("\uFEFF{ a,,b # comment\r\n \uFEFF c }");
        SelectionSetNode selectionSet = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet;
        Assert.Equal(["a", "b", "c"], selectionSet.Selections.Cast<FieldNode>().Select(f => f.Name.Value));
        Assert.Equal(new Location(26, 27, 2, 4), selectionSet.Selections[2].Location);
    }

    [Fact]
    public void Counts_columns_in_code_points_after_non_ascii_text()
    {
        DocumentNode document = Parser.Parse("{ a(x: \"é😀\") b }");
        FieldNode b = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[1];
        Assert.Equal(14, b.Location!.Value.Column);
    }

    [Fact]
    public void Counts_lines_inside_block_strings_for_later_tokens()
    {
        DocumentNode document = Parser.Parse("{ a(x: \"\"\"\n\n\"\"\") b }");
        FieldNode b = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[1];
        Assert.Equal((3, 6), (b.Location!.Value.Line, b.Location!.Value.Column));
    }

    [Fact]
    public void Rejects_invalid_utf8_and_lone_surrogates_with_a_syntax_error()
    {
        SyntaxException bytes = Assert.Throws<SyntaxException>(() => Parser.Parse([(byte)'{', 0xFF, (byte)'}']));
        Assert.Equal("Syntax Error: Invalid character: 0xFF.", bytes.Error.Message);
        SyntaxException inString = Assert.Throws<SyntaxException>(() => Parser.Parse([(byte)'"', 0xC3, (byte)'"']));
        Assert.Equal("Syntax Error: Invalid character within String: 0xC3.", inString.Error.Message);
        SyntaxException surrogate = Assert.Throws<SyntaxException>(() => Parser.Parse("{ a(x: \"\uD800\") }"));
        Assert.Equal("Syntax Error: Invalid character: U+D800.", surrogate.Error.Message);
        Assert.Equal(9, surrogate.Error.Locations![0].Column);
    }

    private static ValueNode FirstArgument(string source)
    {
        DocumentNode document = Parser.Parse(source);
        FieldNode field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        return field.Arguments[0].Value;
    }
}
