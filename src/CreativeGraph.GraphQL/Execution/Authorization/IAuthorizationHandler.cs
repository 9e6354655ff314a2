using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// Decides the <c>@authorize</c> rules of a schema (HotChocolate's <c>IAuthorizationHandler</c>). The executor takes it
/// from the request's services (<see cref="GraphQLRequest.Services"/>), only when an operation reaches a guarded
/// field, so the engine itself knows nothing of ASP.NET Core; <c>CreativeGraph.GraphQL.AspNetCore</c> provides one
/// over ASP.NET Core authorization. Without a handler every guarded field is denied (<c>AUTH_NO_HANDLER</c>).
/// An exception thrown here is an unexpected execution error of the field.
/// </summary>
public interface IAuthorizationHandler
{
    /// <summary>
    /// Checks one <c>BEFORE_RESOLVER</c> or <c>AFTER_RESOLVER</c> rule of the field being executed; the context is the
    /// one its resolver gets (parent, arguments, path, services, request context data).
    /// </summary>
    ValueTask<AuthorizeResult> AuthorizeAsync(IResolverContext context, AuthorizeDirective directive);

    /// <summary>Checks the <c>VALIDATION</c> rules of every field the operation selects, once, before execution.</summary>
    ValueTask<AuthorizeResult> AuthorizeAsync(AuthorizationContext context, IReadOnlyList<AuthorizeDirective> directives);
}
