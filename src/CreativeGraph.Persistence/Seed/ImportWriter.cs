using System.Collections;
using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Seed.Documents;

namespace CreativeGraph.Persistence.Seed;

/// <summary>
/// Upserts a validated batch into the tracked <see cref="GraphIndex"/>: records are matched by natural key,
/// scalar fields are overwritten with the file's values, and names, citations and edges are only ever added.
/// Writing values that are already stored leaves the entity unmodified, which makes a re-import a no-op.
/// </summary>
internal sealed partial class ImportWriter(KnowledgeGraphDbContext db, GraphIndex index)
{
    public void Write(IReadOnlyList<ParsedFile> files)
    {
        // Dependency order: a record is written after everything it references.
        ForAll(files, d => d.Sources, WriteSource);
        ForAll(files, d => d.Countries, WriteCountry);
        ForAll(files, d => d.Regions, WriteRegion);
        ForAll(files, d => d.Cities, WriteCity);
        ForAll(files, d => d.Sectors, WriteSector);
        ForAll(files, d => d.Partners, WritePartner);
        ForAll(files, d => d.People, WritePerson);
        ForAll(files, d => d.Programmes, WriteProgramme);
        ForAll(files, d => d.Networks, WriteNetwork);
        ForAll(files, d => d.Forums, WriteForum);
        ForAll(files, d => d.Networks, WriteMemberships);
        ForAll(files, d => d.Projects, WriteProject);
        ForAll(files, d => d.Projects, WriteProjectEdges);
        ForAll(files, d => d.Events, WriteEvent);

        // The sections entity declarations add, after the format's own, each after what it refers to.
        foreach (EntityDefinition entity in index.Entities)
        {
            foreach (ParsedFile file in files)
            {
                if (entity.Import is { } section && file.Document.Declared.TryGetValue(entity, out IList? records))
                {
                    WriteDeclared(entity, section, records);
                }
            }
        }
    }

    private static void ForAll<T>(IReadOnlyList<ParsedFile> files, Func<KnowledgeGraphDocument, IReadOnlyList<T>> section, Action<T> write)
    {
        foreach (ParsedFile file in files)
        {
            foreach (T record in section(file.Document))
            {
                write(record);
            }
        }
    }

    private T GetOrAdd<T>(EntityDefinition<T> type, string key, Func<T> create)
        where T : class
    {
        Dictionary<string, T> entities = index.Of(type);
        if (!entities.TryGetValue(key, out T? entity))
        {
            entity = create();
            entities.Add(key, entity);
            db.Add(entity);
        }

        return entity;
    }

    private T Get<T>(EntityDefinition<T> type, string key)
        where T : class => index.Get(type, key);

    private T? Optional<T>(EntityDefinition<T> type, string? key)
        where T : class => index.Optional(type, key);

    // Citations and alternative names refer to an entity or edge by the natural key its declaration gives it.
    private void Cite<T>(EntityDefinition<T> type, T entity, IEnumerable<string> sources)
        where T : class => Cite(type.Name, type.KeyOf(entity), sources);

    private void Name<T>(EntityDefinition<T> type, T entity, IEnumerable<IAlternativeName> names)
        where T : class => Name(type.Name, type.KeyOf(entity), names);

    private void Cite(string type, string key, IEnumerable<string> sources)
    {
        foreach (string source in sources)
        {
            if (index.Citations.Add((type, key, source)))
            {
                db.Add(new FactSource { EntityType = type, EntityKey = key, Source = Get(StoredEntities.Source, source) });
            }
        }
    }

    private void Name(string type, string key, IEnumerable<IAlternativeName> names)
    {
        foreach (IAlternativeName name in names)
        {
            if (index.Names.Add((type, key, name.Name, name.Language)))
            {
                db.Add(new AlternativeName
                {
                    EntityType = type,
                    EntityKey = key,
                    Name = name.Name,
                    Language = name.Language,
                    Kind = name.Kind,
                    Source = name.Source is null ? null : Get(StoredEntities.Source, name.Source),
                });
            }
        }
    }

    private static string? Url(string? website) =>
        website is not null && WebsiteNormalizer.TryNormalize(website, out string url) ? url : null;

    private void WriteSource(SourceRecord r)
    {
        Source e = GetOrAdd(StoredEntities.Source, r.Slug, () => new Source { Slug = r.Slug, FileName = r.FileName, Title = r.Title, Language = r.Language });
        e.FileName = r.FileName;
        e.Title = r.Title;
        e.Language = r.Language;
        e.Description = r.Description;

        // A document is its own evidence.
        Cite(StoredEntities.Source, e, [r.Slug]);
    }

    private void WriteCountry(CountryRecord r)
    {
        Country e = GetOrAdd(StoredEntities.Country, r.Code, () => new Country { Code = r.Code, Name = r.Name });
        e.Name = r.Name;
        Name(StoredEntities.Country, e, r.Names);
        Cite(StoredEntities.Country, e, r.Sources);
    }

    private void WriteRegion(RegionRecord r)
    {
        Region e = GetOrAdd(StoredEntities.Region, r.Slug, () => new Region { Slug = r.Slug, Name = r.Name });
        e.Name = r.Name;
        e.Kind = r.Kind;
        e.Country = Get(StoredEntities.Country, r.Country);
        Name(StoredEntities.Region, e, r.Names);
        Cite(StoredEntities.Region, e, r.Sources);
    }

    private void WriteCity(CityRecord r)
    {
        City e = GetOrAdd(StoredEntities.City, r.Slug, () => new City { Slug = r.Slug, Name = r.Name });
        e.Name = r.Name;
        e.Country = Get(StoredEntities.Country, r.Country);
        e.Region = Optional(StoredEntities.Region, r.Region);
        e.Latitude = r.Latitude;
        e.Longitude = r.Longitude;
        Name(StoredEntities.City, e, r.Names);
        Cite(StoredEntities.City, e, r.Sources);
    }

    private void WriteSector(SectorRecord r)
    {
        Sector e = GetOrAdd(StoredEntities.Sector, r.Slug, () => new Sector { Slug = r.Slug, Name = r.Name });
        e.Name = r.Name;
        Name(StoredEntities.Sector, e, r.Names);
        Cite(StoredEntities.Sector, e, r.Sources);
    }

    private void WritePartner(PartnerRecord r)
    {
        Partner e = GetOrAdd(StoredEntities.Partner, r.Slug, () => new Partner { Slug = r.Slug, Name = r.Name });
        e.Name = r.Name;
        e.Acronym = r.Acronym;
        e.LocalName = r.LocalName;
        e.LocalNameLanguage = r.LocalNameLanguage;
        e.Department = r.Department;
        e.Kind = r.Kind;
        e.Website = Url(r.Website);
        e.WebsiteAsWritten = r.WebsiteAsWritten;
        e.Address = r.Address;
        e.PostalCode = r.PostalCode;
        e.City = Optional(StoredEntities.City, r.City);
        e.Region = Optional(StoredEntities.Region, r.Region);
        e.Country = Optional(StoredEntities.Country, r.Country);
        e.Description = r.Description;
        Name(StoredEntities.Partner, e, r.Names);
        Cite(StoredEntities.Partner, e, r.Sources);
    }

    private void WritePerson(PersonRecord r)
    {
        Person e = GetOrAdd(StoredEntities.Person, r.Slug, () => new Person { Slug = r.Slug, Name = r.Name });
        e.Name = r.Name;
        e.Role = r.Role;
        e.Partner = Optional(StoredEntities.Partner, r.Partner);
        e.Email = r.Email;
        Cite(StoredEntities.Person, e, r.Sources);
    }

    private void WriteProgramme(ProgrammeRecord r)
    {
        Programme e = GetOrAdd(StoredEntities.Programme, r.Slug, () => new Programme { Slug = r.Slug, Name = r.Name });
        e.Name = r.Name;
        e.Kind = r.Kind;
        e.StartYear = r.StartYear;
        e.EndYear = r.EndYear;
        e.Region = Optional(StoredEntities.Region, r.Region);
        e.ManagingBody = Optional(StoredEntities.Partner, r.ManagingBody);
        e.Description = r.Description;
        Name(StoredEntities.Programme, e, r.Names);
        Cite(StoredEntities.Programme, e, r.Sources);
    }

    private void WriteForum(ForumRecord r)
    {
        Forum e = GetOrAdd(StoredEntities.Forum, r.Slug, () => new Forum { Slug = r.Slug, Name = r.Name });
        e.Network = Get(StoredEntities.Network, r.Network);
        e.Ordinal = r.Ordinal;
        e.Year = r.Year;
        e.Name = r.Name;
        e.HostRegion = Get(StoredEntities.Region, r.HostRegion);
        e.HostCity = Optional(StoredEntities.City, r.HostCity);
        e.Website = Url(r.Website);
        Cite(StoredEntities.Forum, e, r.Sources);
    }

    private void WriteEvent(EventRecord r)
    {
        Event e = GetOrAdd(StoredEntities.Event, r.Slug, () => new Event { Slug = r.Slug, Name = r.Name });
        e.Name = r.Name;
        e.Kind = r.Kind;
        e.Status = r.Status;
        e.Year = r.Year ?? r.StartDate?.Year;
        e.StartDate = r.StartDate;
        e.EndDate = r.EndDate;
        e.DatePrecision = r.DatePrecision;
        e.Region = Optional(StoredEntities.Region, r.Region);
        e.City = Optional(StoredEntities.City, r.City);
        e.Project = Optional(StoredEntities.Project, r.Project);
        e.Forum = Optional(StoredEntities.Forum, r.Forum);
        e.Network = Optional(StoredEntities.Network, r.Network);
        e.Theme = r.Theme;
        e.InternationalParticipants = r.InternationalParticipants;
        e.TotalParticipants = r.TotalParticipants;
        e.Description = r.Description;
        Cite(StoredEntities.Event, e, r.Sources);
    }
}
