namespace CreativeGraph.Persistence.Model;

/// <summary>Names of the model annotations this project puts on the EF model.</summary>
public static class KnowledgeGraphAnnotations
{
    /// <summary>Set to <see langword="true"/> on properties that hold personal data.</summary>
    public const string PersonalData = "CreativeGraph:PersonalData";
}
