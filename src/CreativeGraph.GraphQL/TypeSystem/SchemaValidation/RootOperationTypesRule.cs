namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// Root Operation Types: the query root must be given, every root must be an Object type, and the roots
/// must be different types.
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Root-Operation-Types</remarks>
internal sealed class RootOperationTypesRule : ISchemaRule
{
    public void Validate(SchemaValidationContext context)
    {
        if (context.QueryType is null)
        {
            context.Report(TypeSystemMessages.QueryRootMissing(), location: null);
        }

        (string Operation, NamedType? Type)[] roots =
        [
            ("Query", context.QueryType),
            ("Mutation", context.MutationType),
            ("Subscription", context.SubscriptionType),
        ];

        foreach ((string operation, NamedType? type) in roots)
        {
            if (type is not null and not ObjectType)
            {
                context.ReportOn(type, TypeSystemMessages.RootNotObject(operation, type.Name));
            }
        }

        foreach (IGrouping<NamedType, string> group in roots.Where(r => r.Type is not null).GroupBy(r => r.Type!, r => r.Operation.ToLowerInvariant()))
        {
            if (group.Count() > 1)
            {
                context.ReportOn(group.Key, TypeSystemMessages.RootTypesNotDistinct(group.Key.Name, string.Join(" and ", group)));
            }
        }
    }
}
