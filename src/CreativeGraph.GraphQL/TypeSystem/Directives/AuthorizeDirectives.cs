using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// HotChocolate's <c>@authorize</c> directive and its <c>ApplyPolicy</c> enum:
/// <code>
/// directive @authorize(policy: String, roles: [String!], apply: ApplyPolicy! = BEFORE_RESOLVER) repeatable on OBJECT | FIELD_DEFINITION
/// enum ApplyPolicy { BEFORE_RESOLVER AFTER_RESOLVER VALIDATION }
/// </code>
/// A schema gets both only when it applies the directive (in SDL or code) without defining it. The applied rules are
/// read once at build into <see cref="OutputField.AuthorizeDirectives"/>; an <c>@authorize</c> on an object type
/// applies to each of its fields, before the field's own. The executor enforces them through the request's
/// <see cref="Execution.IAuthorizationHandler"/>.
/// </summary>
public static class AuthorizeDirectives
{
    public const string Authorize = "authorize";

    /// <summary>The name of the enum type of the <c>apply</c> argument.</summary>
    public const string ApplyPolicyType = "ApplyPolicy";

    private static readonly (ApplyPolicy Value, string Name, string Description)[] s_applyPolicies =
    [
        (ApplyPolicy.BeforeResolver, "BEFORE_RESOLVER", "Before the field's resolver runs."),
        (ApplyPolicy.AfterResolver, "AFTER_RESOLVER", "After the resolver ran, before its value is returned."),
        (ApplyPolicy.Validation, "VALIDATION", "Once per request, before execution starts; a denial refuses the whole operation."),
    ];

    /// <summary>The definitions the types need: <c>@authorize</c> when applied (<paramref name="applied"/>) and not defined.</summary>
    internal static IEnumerable<DirectiveDefinitionConfig> CreateConfigsFor(IReadOnlySet<string> applied, IEnumerable<DirectiveDefinitionConfig> defined)
    {
        if (applied.Contains(Authorize) && !defined.Any(d => d.Name == Authorize))
        {
            yield return CreateAuthorize();
        }
    }

    /// <summary>The <c>ApplyPolicy</c> enum, when <c>@authorize</c> is defined here and no type of that name exists.</summary>
    internal static IEnumerable<TypeConfig> CreateTypeConfigsFor(IReadOnlySet<string> applied, IEnumerable<DirectiveDefinitionConfig> defined, IReadOnlyDictionary<string, TypeConfig> types)
    {
        if (CreateConfigsFor(applied, defined).Any() && !types.ContainsKey(ApplyPolicyType))
        {
            yield return CreateApplyPolicy();
        }
    }

    // directive @authorize(policy: String, roles: [String!], apply: ApplyPolicy! = BEFORE_RESOLVER) repeatable on OBJECT | FIELD_DEFINITION
    private static DirectiveDefinitionConfig CreateAuthorize()
    {
        DirectiveDefinitionConfig config = BuiltInDirectives.Create(
            Authorize,
            "Restricts a field, or every field of an object type, to the callers an authorization rule admits; others get null and an error.",
            [DirectiveLocation.Object, DirectiveLocation.FieldDefinition],
            ("policy", "String", "The name of the authorization policy that decides; without it, the default policy (an authenticated caller).", null),
            ("roles", "[String!]", "Roles of which the caller must have at least one.", null),
            ("apply", ApplyPolicyType + "!", "When the rule is checked: before the resolver (the default), after it, or once before execution.", new EnumValueNode { Value = s_applyPolicies[0].Name }));
        config.IsRepeatable = true;
        return config;
    }

    private static TypeConfig CreateApplyPolicy()
    {
        TypeConfig config = new(ApplyPolicyType, TypeKind.Enum) { RuntimeType = typeof(ApplyPolicy) };
        EnumTypeDescriptor descriptor = new EnumTypeDescriptor(config).Description("When an `@authorize` rule is checked.");
        foreach ((ApplyPolicy value, string name, string description) in s_applyPolicies)
        {
            descriptor.Value(name, value).Description(description);
        }

        return config;
    }

    /// <summary>The applied <c>@authorize</c> rules among <paramref name="directives"/>, in order, added to <paramref name="rules"/>.</summary>
    internal static void ReadInto(IReadOnlyList<DirectiveNode> directives, List<AuthorizeDirective> rules)
    {
        foreach (DirectiveNode directive in directives)
        {
            if (directive.Name.Value != Authorize)
            {
                continue;
            }

            string? applyName = (DirectiveArguments.Value(directive, "apply") as EnumValueNode)?.Value;
            ApplyPolicy apply = Array.Find(s_applyPolicies, p => p.Name == applyName) is { Name: not null } found ? found.Value : ApplyPolicy.BeforeResolver;
            rules.Add(new AuthorizeDirective(
                (DirectiveArguments.Value(directive, "policy") as StringValueNode)?.Value,
                DirectiveArguments.StringList(directive, "roles"),
                apply));
        }
    }

    /// <summary>The directive arguments for code-first <c>Authorize(...)</c>: only those given, <c>apply</c> as an enum literal.</summary>
    internal static (string Name, object? Value)[] Arguments(string? policy, IReadOnlyList<string>? roles, ApplyPolicy apply)
    {
        List<(string Name, object? Value)> arguments = [];
        if (policy is not null)
        {
            arguments.Add(("policy", policy));
        }

        if (roles is not null)
        {
            arguments.Add(("roles", roles));
        }

        if (apply != ApplyPolicy.BeforeResolver)
        {
            arguments.Add(("apply", new EnumValueNode { Value = Array.Find(s_applyPolicies, p => p.Value == apply).Name }));
        }

        return [.. arguments];
    }
}
