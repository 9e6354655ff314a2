using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class ExecutableDefinitionsRuleTests() : RuleTests(new ExecutableDefinitionsRule(), "sec-Executable-Definitions")
{
    [Fact]
    public void Accepts_operations_and_fragments() => ExpectValid(
        """
        query getDogName { dog { ...dogName } }
        fragment dogName on Dog { name }
        """);

    [Fact]
    public void Rejects_a_type_extension_in_an_executable_document() => ExpectErrors(
        """
        query getDogName {
          dog {
            name
            color
          }
        }

        extend type Dog {
          color: String
        }
        """,
        Error("The \"Dog\" definition is not executable.", (8, 1)));

    [Fact]
    public void Rejects_schema_and_type_definitions() => ExpectErrors(
        """
        { dog { name } }
        schema { query: Query }
        type Cow { name: String }
        directive @moo on FIELD
        """,
        Error("The schema definition is not executable.", (2, 1)),
        Error("The \"Cow\" definition is not executable.", (3, 1)),
        Error("The \"moo\" definition is not executable.", (4, 1)));
}
