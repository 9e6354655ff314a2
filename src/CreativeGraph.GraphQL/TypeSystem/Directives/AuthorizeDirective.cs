namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// One applied <c>@authorize(policy:, roles:, apply:)</c> rule, read at schema build. Without a policy and roles it
/// asks for an authenticated caller (the default policy); with roles, for a caller in at least one of them; with a
/// policy, for a caller the named policy admits. Instances are shared by every execution of the field.
/// </summary>
public sealed class AuthorizeDirective
{
    public AuthorizeDirective(string? policy = null, IReadOnlyList<string>? roles = null, ApplyPolicy apply = ApplyPolicy.BeforeResolver)
    {
        Policy = string.IsNullOrEmpty(policy) ? null : policy;
        Roles = roles is { Count: > 0 } ? roles : null;
        Apply = apply;
    }

    /// <summary>The name of the authorization policy; null for the default policy.</summary>
    public string? Policy { get; }

    /// <summary>The roles of which the caller must have at least one; null when the rule names none.</summary>
    public IReadOnlyList<string>? Roles { get; }

    public ApplyPolicy Apply { get; }

    public override string ToString() =>
        $"@authorize(policy: {Policy ?? "null"}, roles: [{string.Join(", ", Roles ?? [])}], apply: {Apply})";
}
