namespace CreativeGraph.Persistence.Model;

/// <summary>Column sizes shared by the entity configurations, so both providers get the same schema.</summary>
internal static class ModelConventions
{
    public const int SlugLength = 120;
    public const int NameLength = 300;
    public const int EnumLength = 40;
    public const int UrlLength = 500;
    public const int LanguageLength = 16;
    public const int TextLength = 4000;
}
