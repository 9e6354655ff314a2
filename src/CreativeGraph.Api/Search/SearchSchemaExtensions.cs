using CreativeGraph.Api.KnowledgeGraph.Entities;
using CreativeGraph.Api.KnowledgeGraph.Fields;
using CreativeGraph.Data;
using CreativeGraph.Data.Relay;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Search;

namespace CreativeGraph.Api.Search;

/// <summary>
/// <c>search(term:, types:, first:, after:, last:, before:): SearchConnection</c>: one field that finds any named
/// entity by any of its names (primary name, acronym, code, local name or title, translations, variants, source
/// spellings), whatever the accents, case and punctuation, ranked EXACT before PREFIX before CONTAINS, then by the
/// matched name, entity type and key (stable, so cursors page reliably). The query runs in the database
/// (<see cref="KnowledgeGraphSearch"/>), so every API instance answers the same.
/// </summary>
/// <remarks>
/// Each result is a <c>SearchResult</c> wrapping the entity (<c>node: Node!</c>) rather than a union of the entity
/// types. Front-end teams get the facts about the match (<c>matchedName</c>, <c>language</c>, <c>nameKind</c>,
/// <c>match</c>) in one place, whatever the entity's type, so a result list renders without a fragment per type.
/// They still select type-specific fields with <c>... on Region { slug }</c>, and <c>node { id }</c> feeds
/// <c>node(id:)</c> and Relay's store as any other node does. A union could not carry the matched name without
/// adding search fields to every entity type. A new searchable type also reaches clients without a schema change
/// to the result type, only a new <c>SearchableType</c> value.
/// </remarks>
internal static class SearchSchemaExtensions
{
    public static SchemaBuilder AddSearch(this SchemaBuilder builder, IReadOnlyList<GraphEntity> entities, PagingDefaults paging)
    {
        builder.AddEnumType("SearchableType", e =>
        {
            e.Description("A kind of named entity that `search` can find.");
            // The types whose store declaration names search names, in ordinal order (as KnowledgeGraphSearch.SearchableTypes)
            foreach (GraphEntity type in entities.Where(x => x.Stored.IsSearchable).OrderBy(x => x.Name, StringComparer.Ordinal))
            {
                string description = type.SearchDescription
                    ?? throw new InvalidOperationException($"The searchable type {type.Name} has no SearchDescription in its declaration.");
                e.Value(type.Name.ToUpperInvariant(), type.Name).Description(description);
            }
        });
        builder.AddEnumType<SearchMatch>("SearchMatch", e =>
        {
            e.Description("How the matched name matched the search term, best first (results are ranked in this order).");
            e.Value("EXACT").Description("The name equals the term (ignoring accents, case, spacing and punctuation).");
            e.Value("PREFIX").Description("The name starts with the term.");
            e.Value("CONTAINS").Description("The name contains the term after its start.");
        });
        builder.AddEnumType<SearchNameKind>("SearchNameKind", e =>
        {
            e.Description("Which of an entity's names matched.");
            e.Value("NAME").Description("The name the graph uses (a project's or a document's title).");
            e.Value("ACRONYM").Description("A partner's or a project's acronym.");
            e.Value("CODE").Description("A country's ISO 3166-1 code.");
            e.Value("FILE_NAME").Description("A source document's file name.");
            e.Value("LOCAL").Description("The name in the place's or organisation's own language.");
            e.Value("TRANSLATION").Description("The name in another language.");
            e.Value("VARIANT").Description("Another accepted spelling or synonym.");
            e.Value("SOURCE_SPELLING").Description("A misspelling found in a source document, kept so that searches for it still match.");
            e.Value("ABBREVIATION").Description("An abbreviation.");
        });
        builder.AddObjectType("SearchResult", t =>
        {
            t.Description("An entity that `search` found, with the name it was found by.").RuntimeType<SearchHit>();
            t.Field("node").Type("Node!")
                .Description("The entity found: use fragments on its type (`... on City { slug }`).")
                .Resolve(new FieldResolver(async context =>
                {
                    SearchHit hit = context.GetParent<SearchHit>();
                    return await context.LoadNodeAsync(hit.EntityType, hit.EntityId);
                }));
            t.Field("matchedName").Type("String!")
                .Description("The entity's name that matched best, as written (e.g. \"Genova\" when `Genova` finds Genoa).")
                .Resolve(context => context.GetParent<SearchHit>().Name).IsPure();
            t.Field("language").Type("String")
                .Description("BCP 47 tag of the matched name's language (da, it, sl…); null when the name belongs to no particular language, as the graph's own names do.");
            t.Field("nameKind").Type("SearchNameKind!").Description("Which of the entity's names matched: its name, acronym, local name, a translation…")
                .Resolve(context => context.GetParent<SearchHit>().Kind).IsPure();
            t.Field("match").Type("SearchMatch!").Description("How the matched name matched the term.");
        });
        return builder.ExtendObjectType("Query", t => AddSearchField(t, builder, paging));
    }

    private static void AddSearchField(ObjectTypeDescriptor query, SchemaBuilder builder, PagingDefaults paging)
    {
        QueryableFieldDescriptor<SearchHit> search = query.QueryableField(builder, "search", context =>
        {
            // The term is checked before a context is rented: a bad term is a field error with a code.
            string term = SearchTerm.Normalize(context.ArgumentValue<string>("term") ?? string.Empty);
            string[]? types = context.ArgumentValue<string[]>("types");
            return RequestContexts.Of(context).Rent(context, db => KnowledgeGraphSearch.Find(db, term, types));
        }, nodeType: "SearchResult");
        search.Field
            .Cost(CostWeights.Search)
            .Description(
                "Finds regions, cities, countries, partners, people, projects, programmes, networks, forums, events, sectors and source "
                + "documents by any of their names, in any language the graph records (\"Pecs\" finds Pécs, \"Genova\" finds Genoa, "
                + "\"Midtjylland\" finds Central Denmark Region). Accents, case, spacing and punctuation are ignored. Exact matches come "
                + "first, then names that start with the term, then names that contain it; each entity appears once.")
            .Argument("term", "String!", a => a.Description($"What to look for: part of a name (1 to {SearchTerm.MaxLength} characters, at least one letter or digit; % and _ are ordinary characters)."))
            .Argument("types", "[SearchableType!]", a => a.Description("Only entities of these types; all types when omitted."));
        search.UsePaging(paging.Apply)
            .DefaultOrder(("match", false), ("normalizedName", false), ("entityType", false), ("entityId", false))
            .Key(h => h.Id);
        search.Field
            .Argument("first", "Int", a => a.Description("Returns the first _n_ results (default 10, at most 50)."))
            .Argument("after", "String", a => a.Description("Returns the results that come after the specified cursor."))
            .Argument("last", "Int", a => a.Description("Returns the last _n_ results (at most 50)."))
            .Argument("before", "String", a => a.Description("Returns the results that come before the specified cursor."));
    }
}
