namespace CreativeGraph.GraphQL.AspNetCore.Request;

/// <summary>The response media type chosen from the request's <c>Accept</c> header (GraphQL over HTTP, "Accept").</summary>
internal enum ResponseMediaType
{
    /// <summary>No Accept header, or only <c>*/*</c> / <c>application/*</c>: the server chooses per response.</summary>
    Unspecified,

    /// <summary><c>application/graphql-response+json</c>: request errors get 4xx status codes.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c> (a legacy client): every GraphQL response gets 200.</summary>
    Json,

    /// <summary>None of the accepted media types can be produced: 406.</summary>
    NotAcceptable,
}
