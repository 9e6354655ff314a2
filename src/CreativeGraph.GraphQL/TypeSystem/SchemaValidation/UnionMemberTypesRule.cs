namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// Unions, Type Validation: one or more unique member types, all Object types (non-object members are
/// reported while the schema is completed, since a union holds only object types).
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Unions.Type-Validation</remarks>
internal sealed class UnionMemberTypesRule : ISchemaRule
{
    public void Validate(SchemaValidationContext context)
    {
        foreach (UnionType union in context.UserTypes.OfType<UnionType>())
        {
            if (union.Types.Count == 0 && !context.UnionsWithInvalidMembers.Contains(union.Name))
            {
                context.ReportOn(union, TypeSystemMessages.NoUnionMembers(union.Name));
            }

            HashSet<ObjectType> seen = [];
            foreach (ObjectType member in union.Types)
            {
                if (!seen.Add(member))
                {
                    context.ReportOn(union, TypeSystemMessages.DuplicateUnionMember(union.Name, member.Name));
                }
            }
        }
    }
}
