using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>Fragment Spreads Must Not Form Cycles: no fragment spreads itself, directly or through other fragments.</summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Fragment-Spreads-Must-Not-Form-Cycles</remarks>
internal sealed class FragmentSpreadsMustNotFormCyclesRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Fragment-Spreads-Must-Not-Form-Cycles";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    // The spreads are known for every fragment only once the walk is done, so cycles are searched at the end,
    // fragment by fragment in document order, exactly as graphql-js's NoFragmentCycles does.
    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<FragmentSpreadNode> _spreadPath = [];
        private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);
        private FragmentDefinitionNode? _searchedFrom;

        public override void LeaveDocument(DocumentNode node)
        {
            foreach (DefinitionNode definition in node.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    // graphql-js searches when it enters each fragment definition; its errors stand there.
                    _searchedFrom = fragment;
                    DetectCycles(fragment);
                }
            }
        }

        // Spec: DetectFragmentCycles(fragmentDefinition, visited)
        private void DetectCycles(FragmentDefinitionNode fragment)
        {
            string fragmentName = fragment.Name.Value;
            if (!_visited.Add(fragmentName))
            {
                return;
            }

            IReadOnlyList<FragmentSpreadNode> spreads = Context.GetFragmentSpreads(fragment);
            if (spreads.Count == 0)
            {
                return;
            }

            _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
            foreach (FragmentSpreadNode spread in spreads)
            {
                string spreadName = spread.Name.Value;
                _spreadPath.Add(spread);
                if (!_spreadPathIndexByName.TryGetValue(spreadName, out int cycleIndex))
                {
                    if (Context.Fragments.TryGetValue(spreadName, out FragmentDefinitionNode? target))
                    {
                        DetectCycles(target);
                    }
                }
                else
                {
                    List<FragmentSpreadNode> cyclePath = _spreadPath[cycleIndex..];
                    Context.ReportErrorAt(
                        _searchedFrom!,
                        ValidationMessages.FragmentCycle(spreadName, [.. cyclePath.Take(cyclePath.Count - 1).Select(s => s.Name.Value)]),
                        ErrorCodes.ValidationFragmentSpreadCycle,
                        SpecifiedBy,
                        cyclePath);
                }

                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }

            _spreadPathIndexByName.Remove(fragmentName);
        }
    }
}
