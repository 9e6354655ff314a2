namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>When an <c>@authorize</c> rule is checked (HotChocolate's <c>ApplyPolicy</c>; GraphQL enum <c>ApplyPolicy</c>).</summary>
public enum ApplyPolicy
{
    /// <summary><c>BEFORE_RESOLVER</c> (the default): before the field's resolver runs; a denied field never resolves.</summary>
    BeforeResolver,

    /// <summary><c>AFTER_RESOLVER</c>: after the resolver ran and before its value is completed; a denial discards the value.</summary>
    AfterResolver,

    /// <summary><c>VALIDATION</c>: once per request, before execution starts; a denial refuses the whole operation.</summary>
    Validation,
}
