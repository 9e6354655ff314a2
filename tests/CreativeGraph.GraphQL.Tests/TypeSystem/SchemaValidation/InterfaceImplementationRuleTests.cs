using static CreativeGraph.GraphQL.Tests.TypeSystem.SchemaValidation.SchemaRuleAssert;

namespace CreativeGraph.GraphQL.Tests.TypeSystem.SchemaValidation;

public sealed class InterfaceImplementationRuleTests
{
    [Fact]
    public void Accepts_covariant_field_types_and_extra_optional_arguments() => Valid(
        """
        type Query { node: Node }
        interface Node { id: ID friends: [Node] pet(size: Int): Pet }
        interface Pet { name: String }
        type Dog implements Pet { name: String! }
        type User implements Node { id: ID! friends: [User!]! pet(size: Int, color: String, n: Int! = 1): Dog }
        """);

    [Fact]
    public void Accepts_interfaces_implementing_interfaces_transitively() => Valid(
        """
        type Query { image: Image }
        interface Node { id: ID! }
        interface Resource implements Node { id: ID! url: String }
        interface Image implements Resource & Node { id: ID! url: String thumbnail: String }
        """);

    [Fact]
    public void Rejects_a_missing_interface_field() => Errors(
        """
        type Query { a: User }
        interface Node { id: ID! }
        type User implements Node { name: String }
        """,
        "Interface field Node.id expected but User does not provide it. (3:6)");

    [Fact]
    public void Rejects_a_field_type_that_is_not_a_sub_type() => Errors(
        """
        type Query { a: User }
        interface Node { id: ID! tags: [String] }
        type User implements Node { id: ID tags: String }
        """,
        "Interface field Node.id expects type ID! but User.id is type ID. (3:29)",
        "Interface field Node.tags expects type [String] but User.tags is type String. (3:36)");

    [Fact]
    public void Rejects_missing_or_differently_typed_arguments() => Errors(
        """
        type Query { a: User }
        interface Node { f(a: Int, b: String): String }
        type User implements Node { f(a: Int!): String }
        """,
        "Interface field argument Node.f(a:) expects type Int but User.f(a:) is type Int!. (3:31)",
        "Interface field argument Node.f(b:) expected but User.f does not provide it. (3:29)");

    [Fact]
    public void Rejects_an_additional_required_argument() => Errors(
        """
        type Query { a: User }
        interface Node { f: String }
        type User implements Node { f(x: Int!): String }
        """,
        "Argument User.f(x:) must not be required type Int! if not provided by the Interface field Node.f. (3:31)");

    [Fact]
    public void Rejects_a_missing_transitive_interface_and_self_implementation() => Errors(
        """
        type Query { a: Image }
        interface Node { id: ID! }
        interface Resource implements Node { id: ID! }
        interface Image implements Resource { id: ID! }
        interface Loop implements Loop { id: ID! }
        """,
        "Type Image must implement Node because it is implemented by Resource. (4:11)",
        "Type Loop cannot implement itself because it would create a circular reference. (5:11)");

    [Fact]
    public void Rejects_an_interface_implemented_twice() => Errors(
        """
        type Query { a: User }
        interface Node { id: ID }
        type User implements Node & Node { id: ID }
        """,
        "Type User can only implement Node once. (3:6)");

    [Fact]
    public void Rejects_a_deprecated_field_whose_interface_field_is_not_deprecated() => Errors(
        """
        type Query { a: User }
        interface Node { id: ID }
        type User implements Node { id: ID @deprecated }
        """,
        "Field User.id is deprecated but the Interface field Node.id it implements is not. (3:29)");

    [Fact]
    public void Rejects_implementing_a_type_that_is_not_an_interface() => Errors(
        """
        type Query { a: User }
        type User implements Query { a: User }
        """,
        "Type User must only implement Interface types, it cannot implement Query. (2:22)");
}
