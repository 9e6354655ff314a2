using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.Tests.Language;

public sealed class SyntaxWalkerTests
{
    [Fact]
    public void Visits_nodes_depth_first_in_source_order_and_leaves_them_after_their_children()
    {
        Recorder recorder = new();
        recorder.Walk(Parser.Parse("query Q($v: Int = 1) { a(x: $v) { b } ...F } fragment F on T { c }"));
        Assert.Equal(
            ["variable v", "enter a", "arguments 1", "variable v", "enter b", "leave b", "leave a", "spread F", "enter c", "leave c"],
            recorder.Events.Where(e => !e.StartsWith("directives", StringComparison.Ordinal)));
    }

    [Fact]
    public void Skips_the_subtree_of_a_node_whose_override_does_not_call_the_base_method()
    {
        Recorder recorder = new() { SkipField = "a" };
        recorder.Walk(Parser.Parse("{ a { b } c }"));
        Assert.Equal(["enter a", "leave a", "enter c", "leave c"], recorder.Events.Where(e => e.StartsWith("enter", StringComparison.Ordinal) || e.StartsWith("leave", StringComparison.Ordinal)));
    }

    [Fact]
    public void Hands_every_directive_list_to_VisitDirectives_with_the_location_it_stands_in()
    {
        Recorder recorder = new();
        recorder.Walk(Parser.Parse("""
            query Q($v: Int @d) @d { a @d ... on T @d { b } ...F @d }
            fragment F on T @d { c }
            """));
        Assert.Equal(
            ["directives VARIABLE_DEFINITION 1", "directives QUERY 1", "directives FIELD 1", "directives INLINE_FRAGMENT 1",
             "directives FIELD 0", "directives FRAGMENT_SPREAD 1", "directives FRAGMENT_DEFINITION 1", "directives FIELD 0"],
            recorder.Events.Where(e => e.StartsWith("directives", StringComparison.Ordinal)));
    }

    [Fact]
    public void Visits_type_system_nodes_with_their_directive_locations()
    {
        Recorder recorder = new();
        recorder.Walk(Parser.Parse("""
            type A { f(a: Int @d): String @d } extend enum E { X @d }
            input I { x: Int @d } directive @x(y: Int @d) on FIELD
            """));
        Assert.Equal(
            ["directives OBJECT 0", "field definition f", "directives ARGUMENT_DEFINITION 1", "directives FIELD_DEFINITION 1",
             "directives ENUM 0", "enum value X", "directives ENUM_VALUE 1",
             "directives INPUT_OBJECT 0", "directives INPUT_FIELD_DEFINITION 1", "directives ARGUMENT_DEFINITION 1"],
            recorder.Events);
    }

    private sealed class Recorder : SyntaxWalker
    {
        public List<string> Events { get; } = [];

        public string? SkipField { get; init; }

        protected override void VisitField(FieldNode node)
        {
            Events.Add("enter " + node.Name.Value);
            if (node.Name.Value != SkipField)
            {
                base.VisitField(node);
            }

            Events.Add("leave " + node.Name.Value);
        }

        protected override void VisitDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
        {
            Events.Add($"directives {DirectiveLocations.ToName(location)} {directives.Count}");
            base.VisitDirectives(directives, location);
        }

        protected override void VisitArguments(IReadOnlyList<ArgumentNode> arguments)
        {
            if (arguments.Count > 0)
            {
                Events.Add("arguments " + arguments.Count);
            }

            base.VisitArguments(arguments);
        }

        protected override void Visit(SyntaxNode? node)
        {
            string? text = node switch
            {
                FragmentSpreadNode n => "spread " + n.Name.Value,
                VariableNode n => "variable " + n.Name.Value,
                FieldDefinitionNode n => "field definition " + n.Name.Value,
                EnumValueDefinitionNode n => "enum value " + n.Name.Value,
                _ => null,
            };
            if (text is not null)
            {
                Events.Add(text);
            }

            base.Visit(node);
        }
    }
}
