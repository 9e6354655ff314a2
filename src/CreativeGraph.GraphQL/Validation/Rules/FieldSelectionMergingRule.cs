using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Field Selection Merging: fields with the same response name in a selection set — through fragments too — can
/// be merged: same field and arguments unless their parents are distinct object types, and the same response
/// shape always (FieldsInSetCanMerge, SameResponseShape).
/// </summary>
/// <remarks>
/// Spec: https://spec.graphql.org/September2025/#sec-Field-Selection-Merging. The algorithm is graphql-js's
/// OverlappingFieldsCanBeMerged: field maps are cached per selection set and fragment pairs are compared once
/// (see <see cref="FragmentPairSet"/>), so the work stays close to linear for repeated fragments.
/// </remarks>
internal sealed partial class FieldSelectionMergingRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Field-Selection-Merging";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private static string ReasonMessage(ConflictReason reason) => reason.Message ?? string.Join(
        " and ",
        reason.SubReasons!.Select(sub => ValidationMessages.SubfieldsConflict(sub.ResponseName, ReasonMessage(sub))));

    private sealed partial class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly Dictionary<SelectionSetNode, FieldsAndFragmentNames> _cache = [];
        private readonly FragmentPairSet _comparedFragmentPairs = new();

        public override void EnterSelectionSet(SelectionSetNode node)
        {
            List<Conflict> conflicts = FindConflictsWithinSelectionSet(Context.TypeInfo.ParentType, node);
            foreach (Conflict conflict in conflicts)
            {
                Context.ReportError(
                    ValidationMessages.FieldsConflict(conflict.Reason.ResponseName, ReasonMessage(conflict.Reason)),
                    ErrorCodes.ValidationFieldSelectionsConflict,
                    SpecifiedBy,
                    conflict.Fields1.Concat(conflict.Fields2));
            }
        }

        private bool IsFull(List<Conflict> conflicts) => conflicts.Count > Context.MaxErrors;
    }

    /// <summary>A field selection with the type it was selected on and its definition, if known.</summary>
    private sealed record FieldEntry(NamedType? ParentType, FieldNode Node, OutputField? Definition);

    /// <summary>The fields of a selection set by response name (inline fragments flattened) and its spread names.</summary>
    private sealed record FieldsAndFragmentNames(OrderedDictionary<string, List<FieldEntry>> Fields, List<string> FragmentNames);

    /// <summary>Why two fields conflict: a message, or the conflicts of their subfields.</summary>
    private sealed record ConflictReason(string ResponseName, string? Message, List<ConflictReason>? SubReasons);

    private sealed record Conflict(ConflictReason Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);
}
