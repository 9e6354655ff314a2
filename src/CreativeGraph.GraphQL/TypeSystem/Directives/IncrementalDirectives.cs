namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// <c>@defer</c> and <c>@stream</c> (the incremental delivery RFC, as graphql-js 17 defines them; experimental in
/// HotChocolate, which declares them when enabled). A schema has them when its author adds them with
/// <see cref="AddIncrementalDelivery"/>; the executor then delivers deferred fragments in later payloads when the
/// transport allows it.
/// </summary>
public static class IncrementalDirectives
{
    public const string Defer = "defer";
    public const string Stream = "stream";

    private const string Sdl = """
        "Delivers this fragment after the rest of the response, in a later payload, when `if` is true."
        directive @defer(
          "Deferred when true (the default)."
          if: Boolean! = true
          "Names the deferred payload, so the client knows which fragment it completes."
          label: String
        ) on FRAGMENT_SPREAD | INLINE_FRAGMENT

        "Delivers the items of this list after the first `initialCount`, in later payloads, when `if` is true."
        directive @stream(
          "Streamed when true (the default)."
          if: Boolean! = true
          "Names the streamed payloads, so the client knows which list they extend."
          label: String
          "How many items come in the first payload."
          initialCount: Int! = 0
        ) on FIELD
        """;

    /// <summary>Adds the <c>@defer</c> and <c>@stream</c> definitions to the schema.</summary>
    public static SchemaBuilder AddIncrementalDelivery(this SchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddSdl(Sdl);
    }
}
