using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.Tests.Language;

public sealed class SyntaxWalkerTests
{
    [Fact]
    public void Visits_nodes_depth_first_and_leaves_them_in_reverse()
    {
        Recorder recorder = new();
        recorder.Walk(Parser.Parse("query Q($v: Int = 1) { a(x: $v) { b } ...F } fragment F on T { c }"));
        Assert.Equal(
            ["enter a", "enter b", "leave b", "leave a", "spread F", "enter c", "leave c"],
            recorder.Events.Where(e => !e.StartsWith("variable", StringComparison.Ordinal)));
        Assert.Contains("variable v", recorder.Events);
    }

    [Fact]
    public void Skips_the_children_of_a_node_whose_visit_returns_false()
    {
        Recorder recorder = new() { SkipField = "a" };
        recorder.Walk(Parser.Parse("{ a { b } c }"));
        Assert.Equal(["enter a", "leave a", "enter c", "leave c"], recorder.Events);
    }

    [Fact]
    public void Visits_type_system_nodes()
    {
        Recorder recorder = new();
        recorder.Walk(Parser.Parse("type A { f(a: Int): String } extend enum E { X }"));
        Assert.Equal(["field definition f", "enum value X"], recorder.Events);
    }

    private sealed class Recorder : SyntaxWalker
    {
        public List<string> Events { get; } = [];

        public string? SkipField { get; init; }

        protected override bool Visit(FieldNode node)
        {
            Events.Add("enter " + node.Name.Value);
            return node.Name.Value != SkipField;
        }

        protected override void Leave(FieldNode node) => Events.Add("leave " + node.Name.Value);

        protected override bool VisitAny(SyntaxNode node)
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

            return true;
        }
    }
}
