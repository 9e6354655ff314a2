using System.Globalization;
using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Synthetic;

internal sealed partial class SyntheticGraphBuilder
{
    private static readonly string[] s_languages = ["en", "en", "en", "de", "da", "sl", "fr", "it", "pl"];

    private void AddSources()
    {
        for (int i = 0; i < _options.Sources; i++)
        {
            int id = i + 1;
            string number = id.ToString("000", CultureInfo.InvariantCulture);
            var source = new Source
            {
                Id = id,
                Slug = _prefix + "-source-" + number,
                FileName = _prefix + "-synthetic-" + number + ".txt",
                Title = "Synthetic source document " + number,
                Language = _random.Pick(s_languages),
                Description = string.Create(CultureInfo.InvariantCulture, $"Made-up document {number} of the synthetic graph of seed {_options.Seed}."),
            };
            _graph.Sources.Add(source);
            _graph.FactSources.Add(new FactSource { Id = _graph.FactSources.Count + 1, EntityType = EntityTypes.Source, EntityKey = source.Slug, SourceId = id });
        }
    }

    /// <summary>Cites a random source for <paramref name="entity"/>, keyed as its declaration keys it.</summary>
    /// <returns>The id of the first source cited.</returns>
    private int Cite<T>(EntityDefinition<T> type, T entity)
        where T : class => Cite(type.Name, type.KeyOf(entity));

    /// <summary>Cites a random source for the fact (and, one time in five, a second one).</summary>
    /// <returns>The id of the first source cited, so the edges of a record can cite the same document.</returns>
    private int Cite(string entityType, string entityKey)
    {
        int source = _random.Between(1, _graph.Sources.Count);
        Cite(entityType, entityKey, source);
        if (_graph.Sources.Count > 1 && _random.Chance(0.2))
        {
            int second = _random.Between(1, _graph.Sources.Count);
            if (second != source)
            {
                Cite(entityType, entityKey, second);
            }
        }

        return source;
    }

    private void Cite(string entityType, string entityKey, int source) =>
        _graph.FactSources.Add(new FactSource { Id = _graph.FactSources.Count + 1, EntityType = entityType, EntityKey = entityKey, SourceId = source });
}
