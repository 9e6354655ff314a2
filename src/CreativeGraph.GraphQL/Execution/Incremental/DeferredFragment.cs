using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// A fragment under <c>@defer</c> met while collecting a selection set for incremental delivery: its fields are left
/// out of the selection set's plan and run after the initial payload, against the same object.
/// </summary>
internal sealed class DeferredFragment(string? label, SelectionSetNode selectionSet)
{
    public string? Label { get; } = label;

    public SelectionSetNode SelectionSet { get; } = selectionSet;

    /// <summary>
    /// The <c>@defer</c> of <paramref name="directives"/> when it applies: absent, or <c>if: false</c> (literal or
    /// variable), means no deferral.
    /// </summary>
    public static DirectiveNode? Find(IReadOnlyList<DirectiveNode> directives, IReadOnlyDictionary<string, object?>? variables)
    {
        for (int i = 0; i < directives.Count; i++)
        {
            DirectiveNode directive = directives[i];
            if (directive.Name.Value == IncrementalDirectives.Defer)
            {
                return IsEnabled(directive, variables) ? directive : null;
            }
        }

        return null;
    }

    public static string? LabelOf(DirectiveNode directive) =>
        directive.Arguments.FirstOrDefault(a => a.Name.Value == "label")?.Value is StringValueNode label ? label.Value : null;

    // `if: Boolean! = true`: only a false literal or a variable holding false turns it off.
    private static bool IsEnabled(DirectiveNode directive, IReadOnlyDictionary<string, object?>? variables)
    {
        foreach (ArgumentNode argument in directive.Arguments)
        {
            if (argument.Name.Value == "if")
            {
                return argument.Value switch
                {
                    BooleanValueNode b => b.Value,
                    VariableNode v => !(variables is not null && variables.TryGetValue(v.Name.Value, out object? value) && value is false),
                    _ => true,
                };
            }
        }

        return true;
    }
}
