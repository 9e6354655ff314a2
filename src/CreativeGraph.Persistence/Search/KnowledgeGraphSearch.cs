using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Search;

/// <summary>
/// Search over every name of every named entity, in the database (one statement, on SQLite and PostgreSQL, so
/// any number of API instances agree): accent-, case- and punctuation-insensitive through
/// <see cref="SearchNormalizer"/>, across primary names, acronyms, codes, local names and alternative names.
/// </summary>
public static class KnowledgeGraphSearch
{
    /// <summary>The entity types the search covers (values of <see cref="EntityTypes"/>).</summary>
    public static IReadOnlyList<string> SearchableTypes => SearchableEntity.Types;

    /// <summary>
    /// Every entity with a name containing <paramref name="normalizedTerm"/>, once, with its best-matching name:
    /// the best <see cref="SearchMatch"/>, then the lowest <see cref="SearchName.Ordinal"/> (its primary name before
    /// its other names). Unordered: rank with <see cref="SearchHit.Match"/>, <see cref="SearchHit.NormalizedName"/>,
    /// <see cref="SearchHit.EntityType"/>, <see cref="SearchHit.EntityId"/>.
    /// </summary>
    /// <param name="normalizedTerm">A non-empty result of <see cref="SearchNormalizer.Normalize"/>.</param>
    /// <param name="entityTypes">Only entities of these types; null for every type.</param>
    public static IQueryable<SearchHit> Find(KnowledgeGraphDbContext db, string normalizedTerm, IReadOnlyCollection<string>? entityTypes = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrEmpty(normalizedTerm);
        string term = normalizedTerm;

        // Values reach SQL as parameters; EF Core escapes LIKE wildcards in StartsWith, and normalized terms
        // hold none anyway (SearchNormalizer turns % and _ into word breaks). A term of three characters or more
        // is looked up in the names' trigram index instead of compared with every name.
        IQueryable<SearchName> names = SubstringIndex.IsIndexable(term)
            ? db.SearchNames.Where(SubstringIndex.SearchNames.Contains<SearchName>(db, term))
            : db.SearchNames.Where(n => n.NormalizedName.Contains(term));
        if (entityTypes is not null)
        {
            string[] types = [.. entityTypes];
            names = names.Where(n => types.Contains(n.EntityType));
        }

        // One hit per entity: the matching name that no other matching name of the same entity beats.
        // SQL: WHERE instr(n.NormalizedName, @term) > 0 AND NOT EXISTS (SELECT 1 FROM SearchNames o WHERE
        //      o.EntityType = n.EntityType AND o.EntityId = n.EntityId AND instr(o.NormalizedName, @term) > 0
        //      AND (rank(o) < rank(n) OR (rank(o) = rank(n) AND o.Ordinal < n.Ordinal)))
        var ranked = names.Select(n => new
        {
            Row = n,
            Rank = n.NormalizedName == term ? SearchMatch.Exact : n.NormalizedName.StartsWith(term) ? SearchMatch.Prefix : SearchMatch.Contains,
        });
        return ranked
            .Where(n => !ranked.Any(o => o.Row.EntityType == n.Row.EntityType && o.Row.EntityId == n.Row.EntityId
                && (o.Rank < n.Rank || (o.Rank == n.Rank && o.Row.Ordinal < n.Row.Ordinal))))
            .Select(n => new SearchHit
            {
                Id = n.Row.Id,
                EntityType = n.Row.EntityType,
                EntityId = n.Row.EntityId,
                Name = n.Row.Name,
                NormalizedName = n.Row.NormalizedName,
                Language = n.Row.Language,
                Kind = n.Row.Kind,
                Match = n.Rank,
            });
    }
}
