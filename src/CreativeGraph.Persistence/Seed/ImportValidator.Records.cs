using System.Collections;
using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Seed.Documents;

namespace CreativeGraph.Persistence.Seed;

internal sealed partial class ImportValidator
{
    private void ValidateFile(ParsedFile file)
    {
        KnowledgeGraphDocument doc = file.Document;
        Each(file, "sources", doc.Sources, r => $"source '{r.Slug}'", ValidateSource);
        Each(file, "countries", doc.Countries, r => $"country '{r.Code}'", ValidateCountry);
        Each(file, "regions", doc.Regions, r => $"region '{r.Slug}'", ValidateRegion);
        Each(file, "cities", doc.Cities, r => $"city '{r.Slug}'", ValidateCity);
        Each(file, "sectors", doc.Sectors, r => $"sector '{r.Slug}'", ValidateSector);
        Each(file, "partners", doc.Partners, r => $"partner '{r.Slug}'", ValidatePartner);
        Each(file, "people", doc.People, r => $"person '{r.Slug}'", ValidatePerson);
        Each(file, "programmes", doc.Programmes, r => $"programme '{r.Slug}'", ValidateProgramme);
        Each(file, "networks", doc.Networks, r => $"network '{r.Slug}'", ValidateNetwork);
        Each(file, "forums", doc.Forums, r => $"forum '{r.Slug}'", ValidateForum);
        Each(file, "projects", doc.Projects, r => $"project '{r.Slug}'", ValidateProject);
        Each(file, "events", doc.Events, r => $"event '{r.Slug}'", ValidateEvent);
        foreach ((ImportSection section, IList records) in doc.DeclaredSections(_entities))
        {
            ValidateDeclared(file.Name, section, records);
        }
    }

    private static void Each<T>(ParsedFile file, string section, IReadOnlyList<T> records, Func<T, string> what, Action<RecordLocation, T> validate)
    {
        for (int i = 0; i < records.Count; i++)
        {
            validate(new RecordLocation(file.Name, $"{section}[{i}]", what(records[i])), records[i]);
        }
    }

    private void ValidateSource(RecordLocation at, SourceRecord r)
    {
        Slug(at, "slug", r.Slug);
        Unique(at, "source", "slug", r.Slug);
        Text(at, "fileName", r.FileName);
        Text(at, "title", r.Title);
        Language(at, "language", r.Language);
        Text(at, "description", r.Description, ModelConventions.TextLength);
    }

    private void ValidateCountry(RecordLocation at, CountryRecord r)
    {
        if (!CountryCodePattern().IsMatch(r.Code))
        {
            Fail(at, "code", $"'{r.Code}' is not an ISO 3166-1 alpha-2 code.");
        }

        Unique(at, "country", "code", r.Code);
        Text(at, "name", r.Name);
        Names(at, r.Names);
        Sources(at, r.Sources);
    }

    private void ValidateRegion(RecordLocation at, RegionRecord r)
    {
        Slug(at, "slug", r.Slug);
        Unique(at, "region", "slug", r.Slug);
        Text(at, "name", r.Name);
        Reference(at, "country", r.Country, StoredEntities.Country);
        Names(at, r.Names);
        Sources(at, r.Sources);
    }

    private void ValidateCity(RecordLocation at, CityRecord r)
    {
        Slug(at, "slug", r.Slug);
        Unique(at, "city", "slug", r.Slug);
        Text(at, "name", r.Name);
        Reference(at, "country", r.Country, StoredEntities.Country);
        Reference(at, "region", r.Region, StoredEntities.Region);
        Range(at, "latitude", r.Latitude, -90, 90);
        Range(at, "longitude", r.Longitude, -180, 180);
        Names(at, r.Names);
        Sources(at, r.Sources);
    }

    private void ValidateSector(RecordLocation at, SectorRecord r)
    {
        Slug(at, "slug", r.Slug);
        Unique(at, "sector", "slug", r.Slug);
        Text(at, "name", r.Name);
        Names(at, r.Names);
        Sources(at, r.Sources);
    }

    private void ValidatePartner(RecordLocation at, PartnerRecord r)
    {
        Slug(at, "slug", r.Slug);
        Unique(at, "partner", "slug", r.Slug);
        Text(at, "name", r.Name);
        Text(at, "acronym", r.Acronym);
        Text(at, "localName", r.LocalName);
        Language(at, "localNameLanguage", r.LocalNameLanguage);
        Text(at, "department", r.Department);
        Website(at, "website", r.Website);
        Text(at, "websiteAsWritten", r.WebsiteAsWritten);
        Text(at, "address", r.Address);
        Text(at, "postalCode", r.PostalCode, ModelConventions.EnumLength);
        Reference(at, "city", r.City, StoredEntities.City);
        Reference(at, "region", r.Region, StoredEntities.Region);
        Reference(at, "country", r.Country, StoredEntities.Country);
        Text(at, "description", r.Description, ModelConventions.TextLength);
        Names(at, r.Names);
        Sources(at, r.Sources);
    }

    private void ValidatePerson(RecordLocation at, PersonRecord r)
    {
        Slug(at, "slug", r.Slug);
        Unique(at, "person", "slug", r.Slug);
        Text(at, "name", r.Name);
        Text(at, "role", r.Role);
        Reference(at, "partner", r.Partner, StoredEntities.Partner);
        if (r.Email is not null && !EmailPattern().IsMatch(r.Email))
        {
            // The value itself is personal data and stays out of the message.
            Fail(at, "email", "is not an e-mail address.");
        }

        Sources(at, r.Sources);
    }

    private void ValidateProgramme(RecordLocation at, ProgrammeRecord r)
    {
        Slug(at, "slug", r.Slug);
        Unique(at, "programme", "slug", r.Slug);
        Text(at, "name", r.Name);
        if (r.StartYear is int start && r.EndYear is int end && end < start)
        {
            Fail(at, "endYear", $"ends ({end}) before it starts ({start}).");
        }

        Reference(at, "region", r.Region, StoredEntities.Region);
        Reference(at, "managingBody", r.ManagingBody, StoredEntities.Partner);
        Text(at, "description", r.Description, ModelConventions.TextLength);
        Names(at, r.Names);
        Sources(at, r.Sources);
    }

    private void ValidateNetwork(RecordLocation at, NetworkRecord r)
    {
        Slug(at, "slug", r.Slug);
        Unique(at, "network", "slug", r.Slug);
        Text(at, "name", r.Name);
        Range(at, "statedMemberCount", r.StatedMemberCount, 0, int.MaxValue);
        Range(at, "annualFee", (double?)r.AnnualFee, 0, 1e12);
        Currency(at, "annualFeeCurrency", r.AnnualFeeCurrency, r.AnnualFee is not null);
        Text(at, "annualFeePurpose", r.AnnualFeePurpose);
        Text(at, "description", r.Description, ModelConventions.TextLength);
        Names(at, r.Names);
        Sources(at, r.Sources);
        for (int i = 0; i < r.Memberships.Count; i++)
        {
            MembershipRecord m = r.Memberships[i];
            RecordLocation member = at.Child($"memberships[{i}]", $"membership of '{m.Region}'");
            Reference(member, "region", m.Region, StoredEntities.Region);
            Unique(member, "membership", "region", EntityKeys.Compose(r.Slug, m.Region));
            Dates(member, "joinedOn", m.ApplicationDecidedOn, m.JoinedOn);
            Reference(member, "joinedAtForum", m.JoinedAtForum, StoredEntities.Forum);
            if (m.ExcludedEarliestYear is int earliest && m.ExcludedLatestYear is int latest && latest < earliest)
            {
                Fail(member, "excludedLatestYear", $"{latest} is before excludedEarliestYear {earliest}.");
            }

            if (m.Status == MembershipStatus.Member && (m.ExcludedEarliestYear ?? m.ExcludedLatestYear) is not null)
            {
                Fail(member, "status", "a member cannot have an exclusion year.");
            }

            Text(member, "note", m.Note, ModelConventions.TextLength);
            Sources(member, m.Sources);
            for (int j = 0; j < m.Representatives.Count; j++)
            {
                RecordLocation rep = member.Child($"representatives[{j}]", $"representative '{m.Representatives[j].Person}'");
                Reference(rep, "person", m.Representatives[j].Person, StoredEntities.Person);
                Sources(rep, m.Representatives[j].Sources);
            }

            Ordinals(member, "priorities", m.Priorities.Select(p => p.Ordinal));
            for (int j = 0; j < m.Priorities.Count; j++)
            {
                RecordLocation priority = member.Child($"priorities[{j}]", $"priority {m.Priorities[j].Ordinal}");
                Text(priority, "text", m.Priorities[j].Text, ModelConventions.TextLength);
                Text(priority, "localText", m.Priorities[j].LocalText);
                Sources(priority, m.Priorities[j].Sources);
            }
        }
    }

    private void ValidateForum(RecordLocation at, ForumRecord r)
    {
        Slug(at, "slug", r.Slug);
        Unique(at, "forum", "slug", r.Slug);
        Unique(at, "forum", "ordinal", EntityKeys.Compose(r.Network, r.Ordinal));
        Reference(at, "network", r.Network, StoredEntities.Network);
        Range(at, "ordinal", r.Ordinal, 1, int.MaxValue);
        Range(at, "year", r.Year, 1900, 2200);
        Text(at, "name", r.Name);
        Reference(at, "hostRegion", r.HostRegion, StoredEntities.Region);
        Reference(at, "hostCity", r.HostCity, StoredEntities.City);
        Website(at, "website", r.Website);
        Sources(at, r.Sources);
    }

    private void ValidateEvent(RecordLocation at, EventRecord r)
    {
        Slug(at, "slug", r.Slug);
        Unique(at, "event", "slug", r.Slug);
        Text(at, "name", r.Name);
        Range(at, "year", r.Year, 1900, 2200);
        Dates(at, "endDate", r.StartDate, r.EndDate);
        if (r.StartDate is DateOnly start && r.Year is int year && start.Year != year)
        {
            Fail(at, "year", $"{year} disagrees with startDate {start:yyyy-MM-dd}.");
        }

        if ((r.StartDate is null) != (r.DatePrecision is null))
        {
            Fail(at, "datePrecision", "is required exactly when startDate is given.");
        }

        Reference(at, "region", r.Region, StoredEntities.Region);
        Reference(at, "city", r.City, StoredEntities.City);
        Reference(at, "project", r.Project, StoredEntities.Project);
        Reference(at, "forum", r.Forum, StoredEntities.Forum);
        Reference(at, "network", r.Network, StoredEntities.Network);
        Text(at, "theme", r.Theme);
        Range(at, "internationalParticipants", r.InternationalParticipants, 0, int.MaxValue);
        Range(at, "totalParticipants", r.TotalParticipants, 0, int.MaxValue);
        Text(at, "description", r.Description, ModelConventions.TextLength);
        Sources(at, r.Sources);
    }
}
