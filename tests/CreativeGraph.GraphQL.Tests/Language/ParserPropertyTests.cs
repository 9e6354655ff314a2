using System.Text;
using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Tests.Language;

public sealed class ParserPropertyTests
{
    private const int Seed = 20250901;

    [Fact]
    public void Printing_a_parsed_random_document_and_parsing_it_again_gives_an_equal_tree()
    {
        RandomDocumentGenerator generator = new(Seed);
        for (int i = 0; i < 500; i++)
        {
            string source = generator.Document();
            DocumentNode parsed = Parse(source);
            string printed = SyntaxPrinter.Print(parsed);
            DocumentNode reparsed = Parse(printed, source);
            Assert.True(SyntaxComparer.Instance.Equals(parsed, reparsed), $"Not equal after printing:\n{source}\n---\n{printed}");
            Assert.Equal(SyntaxComparer.Instance.GetHashCode(parsed), SyntaxComparer.Instance.GetHashCode(reparsed));
            Assert.Equal(printed, SyntaxPrinter.Print(reparsed));
        }
    }

    [Fact]
    public void Throws_only_syntax_exceptions_for_random_bytes()
    {
        Random random = new(Seed);
        byte[] alphabet = "{}[]()!$&:=@|.\"\\ \n\r\t,#-+0123456789eEaZ_onu"u8.ToArray();
        for (int i = 0; i < 2_000; i++)
        {
            byte[] bytes = new byte[random.Next(0, 200)];
            for (int j = 0; j < bytes.Length; j++)
            {
                bytes[j] = random.Next(2) == 0 ? alphabet[random.Next(alphabet.Length)] : (byte)random.Next(256);
            }

            ParseOrSyntaxError(bytes);
        }
    }

    [Fact]
    public void Throws_only_syntax_exceptions_for_random_strings_with_lone_surrogates()
    {
        Random random = new(Seed);
        char[] alphabet = "{}[]()!$:@\"\\ \nu0123456789abcdef\uD800\uDC00\uFEFF\u00E9".ToCharArray();
        for (int i = 0; i < 2_000; i++)
        {
            char[] chars = new char[random.Next(0, 80)];
            for (int j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            try
            {
                Parser.Parse(new string(chars));
            }
            catch (SyntaxException)
            {
            }
        }
    }

    [Fact]
    public void Throws_only_syntax_exceptions_for_mutated_valid_documents()
    {
        Random random = new(Seed);
        RandomDocumentGenerator generator = new(Seed + 1);
        for (int i = 0; i < 2_000; i++)
        {
            List<byte> bytes = [.. Encoding.UTF8.GetBytes(generator.Document())];
            int edits = random.Next(1, 4);
            for (int e = 0; e < edits && bytes.Count > 0; e++)
            {
                int at = random.Next(bytes.Count);
                switch (random.Next(3))
                {
                    case 0:
                        bytes.RemoveAt(at);
                        break;
                    case 1:
                        bytes.Insert(at, (byte)"{}[]()\"$@.!:\\ #\n\u00ff"[random.Next(17)]);
                        break;
                    default:
                        bytes.RemoveRange(at, bytes.Count - at);
                        break;
                }
            }

            ParseOrSyntaxError([.. bytes]);
        }
    }

    [Fact]
    public void Stops_a_depth_bomb_at_the_nesting_limit_without_reading_the_rest()
    {
        // 100 000 opening brackets. The lexer reads a token when the parser asks for it, and the parser gives up
        // at the first bracket past the depth limit: the error points there, at column 1 107 of a 100 010-column
        // line, so the work done is bounded by the limit, not by the document (nor by the 15 000-token limit).
        string source = "{ a(x: " + new string('[', 100_000) + ") }";

        SyntaxException exception = Assert.Throws<SyntaxException>(() => Parser.Parse(source));

        Assert.Equal(ErrorCodes.SyntaxNestingLimitExceeded, exception.Error.Code);
        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 1100. Parsing aborted.", exception.Error.Message);
        Location location = Assert.Single(exception.Error.Locations!);
        Assert.Equal((1, 1107), (location.Line, location.Column));
    }

    private static DocumentNode Parse(string source, string? original = null)
    {
        try
        {
            return Parser.Parse(source);
        }
        catch (SyntaxException exception)
        {
            Assert.Fail($"{exception.Message} at {exception.Error.Locations![0]} in:\n{source}\n--- printed from:\n{original}");
            throw;
        }
    }

    private static void ParseOrSyntaxError(byte[] bytes)
    {
        try
        {
            DocumentNode document = Parser.Parse(bytes);
            Assert.True(SyntaxComparer.Instance.Equals(document, Parser.Parse(SyntaxPrinter.Print(document))));
        }
        catch (SyntaxException exception)
        {
            Assert.NotNull(exception.Error.Locations);
        }
    }
}
