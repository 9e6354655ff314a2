using System.Globalization;

namespace CreativeGraph.Persistence.Model;

/// <summary>Builds the natural keys that <see cref="FactSource"/> and <see cref="AlternativeName"/> refer to.</summary>
public static class EntityKeys
{
    /// <summary>Key of an edge or a list item: its parts joined by '/', e.g. "creative-cities/city-of-leipzig".</summary>
    public static string Compose(string first, string second) => first + "/" + second;

    public static string Compose(string owner, int ordinal) => owner + "/" + ordinal.ToString(CultureInfo.InvariantCulture);
}
