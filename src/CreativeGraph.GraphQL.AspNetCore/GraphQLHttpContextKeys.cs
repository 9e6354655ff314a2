namespace CreativeGraph.GraphQL.AspNetCore;

/// <summary>Keys of the entries the endpoint puts into <see cref="CreativeGraph.GraphQL.Execution.GraphQLRequest.ContextData"/>.</summary>
public static class GraphQLHttpContextKeys
{
    /// <summary>The request's <see cref="System.Security.Claims.ClaimsPrincipal"/> (<c>HttpContext.User</c>), as in HotChocolate.</summary>
    public const string User = "ClaimsPrincipal";

    /// <summary>The <see cref="Microsoft.AspNetCore.Http.HttpContext"/> of the request.</summary>
    public const string HttpContext = "HttpContext";
}
