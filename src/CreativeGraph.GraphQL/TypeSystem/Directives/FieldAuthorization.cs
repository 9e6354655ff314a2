namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// The <c>@authorize</c> rules of one object field, split by when they apply, decided once at schema build: the
/// type's rules first, then the field's own (HotChocolate's order). A field without rules has none of this
/// (<see cref="OutputField.Authorization"/> is null), so the executor pays one null check for it.
/// </summary>
internal sealed class FieldAuthorization
{
    private FieldAuthorization(AuthorizeDirective[] all)
    {
        All = all;
        BeforeResolver = [.. all.Where(d => d.Apply == ApplyPolicy.BeforeResolver)];
        AfterResolver = [.. all.Where(d => d.Apply == ApplyPolicy.AfterResolver)];
        Validation = [.. all.Where(d => d.Apply == ApplyPolicy.Validation)];
        ChecksDuringExecution = BeforeResolver.Length > 0 || AfterResolver.Length > 0;
    }

    public AuthorizeDirective[] All { get; }

    public AuthorizeDirective[] BeforeResolver { get; }

    public AuthorizeDirective[] AfterResolver { get; }

    public AuthorizeDirective[] Validation { get; }

    /// <summary>True when execution has rules to check (the validation-time rules were checked before it started).</summary>
    public bool ChecksDuringExecution { get; }

    /// <summary>The rules of a field of <paramref name="type"/>; null when neither applies <c>@authorize</c>.</summary>
    public static FieldAuthorization? Create(IHasDirectives? type, IHasDirectives field)
    {
        List<AuthorizeDirective> rules = [];
        if (type is not null)
        {
            AuthorizeDirectives.ReadInto(type.Directives, rules);
        }

        AuthorizeDirectives.ReadInto(field.Directives, rules);
        return rules.Count == 0 ? null : new FieldAuthorization([.. rules]);
    }
}
