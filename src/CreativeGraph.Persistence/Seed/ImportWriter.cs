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

    private T GetOrAdd<T>(Dictionary<string, T> entities, string key, Func<T> create)
        where T : class
    {
        if (!entities.TryGetValue(key, out T? entity))
        {
            entity = create();
            entities.Add(key, entity);
            db.Add(entity);
        }

        return entity;
    }

    private void Cite(string type, string key, IEnumerable<string> sources)
    {
        foreach (string source in sources)
        {
            if (index.Citations.Add((type, key, source)))
            {
                db.Add(new FactSource { EntityType = type, EntityKey = key, Source = index.Sources[source] });
            }
        }
    }

    private void Name(string type, string key, IEnumerable<NameRecord> names)
    {
        foreach (NameRecord name in names)
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
                    Source = name.Source is null ? null : index.Sources[name.Source],
                });
            }
        }
    }

    private static string? Url(string? website) =>
        website is not null && WebsiteNormalizer.TryNormalize(website, out string url) ? url : null;

    private T? Optional<T>(Dictionary<string, T> entities, string? key)
        where T : class => key is null ? null : entities[key];

    private void WriteSource(SourceRecord r)
    {
        Source e = GetOrAdd(index.Sources, r.Slug, () => new Source { Slug = r.Slug, FileName = r.FileName, Title = r.Title, Language = r.Language });
        e.FileName = r.FileName;
        e.Title = r.Title;
        e.Language = r.Language;
        e.Description = r.Description;

        // A document is its own evidence.
        Cite(EntityTypes.Source, r.Slug, [r.Slug]);
    }

    private void WriteCountry(CountryRecord r)
    {
        Country e = GetOrAdd(index.Countries, r.Code, () => new Country { Code = r.Code, Name = r.Name });
        e.Name = r.Name;
        Name(EntityTypes.Country, r.Code, r.Names);
        Cite(EntityTypes.Country, r.Code, r.Sources);
    }

    private void WriteRegion(RegionRecord r)
    {
        Region e = GetOrAdd(index.Regions, r.Slug, () => new Region { Slug = r.Slug, Name = r.Name });
        e.Name = r.Name;
        e.Kind = r.Kind;
        e.Country = index.Countries[r.Country];
        Name(EntityTypes.Region, r.Slug, r.Names);
        Cite(EntityTypes.Region, r.Slug, r.Sources);
    }

    private void WriteCity(CityRecord r)
    {
        City e = GetOrAdd(index.Cities, r.Slug, () => new City { Slug = r.Slug, Name = r.Name });
        e.Name = r.Name;
        e.Country = index.Countries[r.Country];
        e.Region = Optional(index.Regions, r.Region);
        e.Latitude = r.Latitude;
        e.Longitude = r.Longitude;
        Name(EntityTypes.City, r.Slug, r.Names);
        Cite(EntityTypes.City, r.Slug, r.Sources);
    }

    private void WriteSector(SectorRecord r)
    {
        Sector e = GetOrAdd(index.Sectors, r.Slug, () => new Sector { Slug = r.Slug, Name = r.Name });
        e.Name = r.Name;
        Name(EntityTypes.Sector, r.Slug, r.Names);
        Cite(EntityTypes.Sector, r.Slug, r.Sources);
    }

    private void WritePartner(PartnerRecord r)
    {
        Partner e = GetOrAdd(index.Partners, r.Slug, () => new Partner { Slug = r.Slug, Name = r.Name });
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
        e.City = Optional(index.Cities, r.City);
        e.Region = Optional(index.Regions, r.Region);
        e.Country = Optional(index.Countries, r.Country);
        e.Description = r.Description;
        Name(EntityTypes.Partner, r.Slug, r.Names);
        Cite(EntityTypes.Partner, r.Slug, r.Sources);
    }

    private void WritePerson(PersonRecord r)
    {
        Person e = GetOrAdd(index.People, r.Slug, () => new Person { Slug = r.Slug, Name = r.Name });
        e.Name = r.Name;
        e.Role = r.Role;
        e.Partner = Optional(index.Partners, r.Partner);
        e.Email = r.Email;
        Cite(EntityTypes.Person, r.Slug, r.Sources);
    }

    private void WriteProgramme(ProgrammeRecord r)
    {
        Programme e = GetOrAdd(index.Programmes, r.Slug, () => new Programme { Slug = r.Slug, Name = r.Name });
        e.Name = r.Name;
        e.Kind = r.Kind;
        e.StartYear = r.StartYear;
        e.EndYear = r.EndYear;
        e.Region = Optional(index.Regions, r.Region);
        e.ManagingBody = Optional(index.Partners, r.ManagingBody);
        e.Description = r.Description;
        Name(EntityTypes.Programme, r.Slug, r.Names);
        Cite(EntityTypes.Programme, r.Slug, r.Sources);
    }

    private void WriteForum(ForumRecord r)
    {
        Forum e = GetOrAdd(index.Forums, r.Slug, () => new Forum { Slug = r.Slug, Name = r.Name });
        e.Network = index.Networks[r.Network];
        e.Ordinal = r.Ordinal;
        e.Year = r.Year;
        e.Name = r.Name;
        e.HostRegion = index.Regions[r.HostRegion];
        e.HostCity = Optional(index.Cities, r.HostCity);
        e.Website = Url(r.Website);
        Cite(EntityTypes.Forum, r.Slug, r.Sources);
    }

    private void WriteEvent(EventRecord r)
    {
        Event e = GetOrAdd(index.Events, r.Slug, () => new Event { Slug = r.Slug, Name = r.Name });
        e.Name = r.Name;
        e.Kind = r.Kind;
        e.Status = r.Status;
        e.Year = r.Year ?? r.StartDate?.Year;
        e.StartDate = r.StartDate;
        e.EndDate = r.EndDate;
        e.DatePrecision = r.DatePrecision;
        e.Region = Optional(index.Regions, r.Region);
        e.City = Optional(index.Cities, r.City);
        e.Project = Optional(index.Projects, r.Project);
        e.Forum = Optional(index.Forums, r.Forum);
        e.Network = Optional(index.Networks, r.Network);
        e.Theme = r.Theme;
        e.InternationalParticipants = r.InternationalParticipants;
        e.TotalParticipants = r.TotalParticipants;
        e.Description = r.Description;
        Cite(EntityTypes.Event, r.Slug, r.Sources);
    }
}
