namespace CreativeGraph.Persistence.Model;

/// <summary>
/// Marks a property as personal data (GDPR): the API layer must gate it and nothing may log it.
/// The EF model carries the same mark as the <see cref="KnowledgeGraphAnnotations.PersonalData"/> annotation.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class PersonalDataAttribute : Attribute;
