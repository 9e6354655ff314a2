using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Search;
using CreativeGraph.Persistence.Synthetic;

namespace CreativeGraph.Persistence.Import.Csv;

/// <summary>
/// Finds a country by ISO 3166-1 alpha-2 code or by name (any spelling the graph knows, or the English name of the
/// European countries the import knows itself). keep.eu writes Greece and the United Kingdom with the EU's codes EL
/// and UK; both resolve to their ISO codes GR and GB.
/// </summary>
internal sealed class CountryDirectory
{
    private readonly Dictionary<string, string> _codeByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _knownNames = new(StringComparer.Ordinal);

    /// <param name="stored">The graph's countries: code and English name.</param>
    /// <param name="alternativeNames">Other names of stored countries: code and name.</param>
    public CountryDirectory(IEnumerable<(string Code, string Name)> stored, IEnumerable<(string Code, string Name)> alternativeNames)
    {
        foreach ((string code, string name) in SyntheticNames.Countries.Concat([("GR", "Greece"), ("GB", "United Kingdom")]))
        {
            _knownNames.TryAdd(code, name);
            Add(code, code);
            Add(name, code);
        }

        foreach ((string code, string name) in stored)
        {
            _knownNames[code] = name;
            Add(code, code);
            Add(name, code);
        }

        foreach ((string code, string name) in alternativeNames)
        {
            Add(name, code);
        }

        Add("EL", "GR");
        Add("UK", "GB");
        Add("Great Britain", "GB");
        Add("Czech Republic", "CZ");
    }

    /// <summary>The ISO code of <paramref name="value"/> and the country's English name, or false for a country not known.</summary>
    public bool TryResolve(string value, out string code, out string name)
    {
        if (_codeByName.TryGetValue(SearchNormalizer.Normalize(value), out code!) && _knownNames.TryGetValue(code, out name!))
        {
            return true;
        }

        code = name = "";
        return false;
    }

    private void Add(string name, string code) => _codeByName.TryAdd(SearchNormalizer.Normalize(name), code);
}
