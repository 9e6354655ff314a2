using CreativeGraph.GraphQL.Introspection;
using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Validation.Rules;

/// <summary>Field Selections: a selected field is defined on the object, interface or union type in scope.</summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Field-Selections</remarks>
internal sealed class FieldSelectionsRule : IValidationRule
{
    private const string SpecifiedBy = "sec-Field-Selections";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterField(FieldNode node)
        {
            if (Context.TypeInfo.ParentType is { } parentType && Context.TypeInfo.FieldDef is null)
            {
                Context.ReportError(
                    ValidationMessages.FieldNotDefined(node.Name.Value, parentType.Name) + Suggest(Context.Schema, parentType, node.Name.Value),
                    ErrorCodes.ValidationFieldNotDefined,
                    SpecifiedBy,
                    node);
            }
        }
    }

    // graphql-js: types of an abstract type that define the field are suggested first, then similar field names.
    private static string Suggest(Schema schema, NamedType type, string fieldName)
    {
        string hint = Suggestions.DidYouMean(SuggestedTypeNames(schema, type, fieldName), "to use an inline fragment on");
        if (hint.Length == 0 && type is IComplexOutputType complex)
        {
            hint = Suggestions.DidYouMean(Suggestions.List(fieldName, complex.Fields.Select(f => f.Name).Where(name => !IntrospectionFields.IsMetaField(name))));
        }

        return hint;
    }

    private static List<string> SuggestedTypeNames(Schema schema, NamedType type, string fieldName)
    {
        if (!type.IsAbstractType())
        {
            return [];
        }

        List<NamedType> suggested = [];
        Dictionary<NamedType, int> usageCount = [];
        foreach (ObjectType possibleType in schema.GetPossibleTypes(type))
        {
            if (!possibleType.Fields.ContainsField(fieldName))
            {
                continue;
            }

            if (!usageCount.ContainsKey(possibleType))
            {
                suggested.Add(possibleType);
            }

            usageCount[possibleType] = 1;
            foreach (InterfaceType possibleInterface in possibleType.Interfaces)
            {
                if (!possibleInterface.Fields.ContainsField(fieldName))
                {
                    continue;
                }

                if (!usageCount.TryGetValue(possibleInterface, out int count))
                {
                    suggested.Add(possibleInterface);
                }

                usageCount[possibleInterface] = count + 1;
            }
        }

        suggested.Sort((a, b) =>
        {
            int diff = usageCount[b] - usageCount[a];
            if (diff != 0)
            {
                return diff;
            }

            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            if (b is InterfaceType && schema.IsSubType(b, a))
            {
                return 1;
            }

            return Suggestions.NaturalCompare(a.Name, b.Name);
        });
        return [.. suggested.Select(t => t.Name)];
    }

}
