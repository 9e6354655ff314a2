using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.KnowledgeGraph.Entities;

/// <summary>The <c>Person</c> slice of the schema: what each of its types exposes.</summary>
internal static class PersonEntity
{
    /// <summary>A person named by the documents.</summary>
    public static GraphEntity<Person> Person { get; } = new(StoredEntities.Person)
    {
        IsNode = true,
        Traversal = new()
        {
            IsNode = true,
            Relations = [new("Affiliation", "Person → the partner organisation the person works for.")],
            Edges = [new("Affiliation", null, [new("Partner", p => p.PartnerId)])],
            Export = new() { Label = p => p.Name, Attributes = [new("slug", ExportType.String, p => p.Slug), new("role", ExportType.String, p => p.Role)] },
        },
        Filterable = ["Id", "Slug", "Name", "Role"],
        Lookup = new("person", "A person by their slug, e.g. \"ulla-diderichsen\"."),
        Find = (db, slug) => db.People.Where(p => p.Slug == slug),
        SearchDescription = "People, by name (`Person`); never by contact details.",
    };
}
