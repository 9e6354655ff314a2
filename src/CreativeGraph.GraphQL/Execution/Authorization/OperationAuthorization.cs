using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// The <c>@authorize(apply: VALIDATION)</c> rules of the fields an operation selects, with where those fields are
/// written, collected once per document and operation. @skip/@include are ignored, so a rule holds even for a
/// field a variable would skip; a field selected on an abstract type counts with the rules of each possible type.
/// Each (selection set, type) pair is walked once, so fragment fan-out costs nothing extra.
/// </summary>
internal sealed class OperationAuthorization
{
    private OperationAuthorization(AuthorizeDirective[] directives, Location[] locations)
    {
        Directives = directives;
        Locations = locations;
    }

    public AuthorizeDirective[] Directives { get; }

    public Location[] Locations { get; }

    public static OperationAuthorization Collect(Schema schema, DocumentNode document, OperationDefinitionNode operation, ObjectType rootType)
    {
        Walker walker = new(schema, document);
        walker.Visit(operation.SelectionSet, rootType);
        return new OperationAuthorization([.. walker.Directives], [.. walker.Locations]);
    }

    private sealed class Walker
    {
        private readonly Schema _schema;
        private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
        private readonly HashSet<(SelectionSetNode, NamedType)> _visited = [];

        public Walker(Schema schema, DocumentNode document)
        {
            _schema = schema;
            foreach (FragmentDefinitionNode fragment in document.Definitions.OfType<FragmentDefinitionNode>())
            {
                _fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        private readonly HashSet<AuthorizeDirective> _seen = new(ReferenceEqualityComparer.Instance);

        public List<AuthorizeDirective> Directives { get; } = [];

        public List<Location> Locations { get; } = [];

        public void Visit(SelectionSetNode selectionSet, NamedType parentType)
        {
            if (!_visited.Add((selectionSet, parentType)))
            {
                return;
            }

            foreach (SelectionNode selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        VisitField(field, parentType);
                        break;
                    case InlineFragmentNode inline:
                        Visit(inline.SelectionSet, inline.TypeCondition is { } condition ? TypeOf(condition.Name.Value) ?? parentType : parentType);
                        break;
                    case FragmentSpreadNode spread when _fragments.TryGetValue(spread.Name.Value, out FragmentDefinitionNode? fragment):
                        Visit(fragment.SelectionSet, TypeOf(fragment.TypeCondition.Name.Value) ?? parentType);
                        break;
                }
            }
        }

        private void VisitField(FieldNode node, NamedType parentType)
        {
            foreach (ObjectType type in _schema.GetPossibleTypes(parentType))
            {
                if (type.Fields[node.Name.Value] is not { } field)
                {
                    continue;
                }

                if (field.Authorization is { Validation.Length: > 0 } authorization)
                {
                    Directives.AddRange(authorization.Validation.Where(_seen.Add));
                    if (node.Location is { } location && !Locations.Contains(location))
                    {
                        Locations.Add(location);
                    }
                }

                if (node.SelectionSet is { } selectionSet)
                {
                    Visit(selectionSet, field.Type.NamedType());
                }
            }
        }

        private NamedType? TypeOf(string name) => _schema.TryGetType(name, out NamedType? type) ? type : null;
    }
}
