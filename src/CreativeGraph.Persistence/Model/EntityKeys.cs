using System.Globalization;

namespace CreativeGraph.Persistence.Model;

/// <summary>Builds the natural keys that <see cref="FactSource"/> and <see cref="AlternativeName"/> refer to.</summary>
public static class EntityKeys
{
    /// <summary>What joins the parts of a composed key.</summary>
    public const string Separator = "/";

    /// <summary>Key of an edge or a list item: its parts joined by '/', e.g. "creative-cities/city-of-leipzig".</summary>
    public static string Compose(string first, string second) => first + Separator + second;

    public static string Compose(string owner, int ordinal) => owner + Separator + ordinal.ToString(CultureInfo.InvariantCulture);
}
