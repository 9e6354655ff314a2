using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.KnowledgeGraph.Entities;

/// <summary>The <c>Event</c> slice of the schema: what each of its types exposes.</summary>
internal static class EventEntity
{
    /// <summary>A dated happening that is not a forum edition.</summary>
    public static GraphEntity<Event> Event { get; } = new(StoredEntities.Event)
    {
        IsNode = true,
        Traversal = new()
        {
            IsNode = true,
            Relations = [new("Event", "Event → the project, region, city, network or forum it belongs to.")],
            Edges =
            [
                new("Event", null, [new("Project", e => e.ProjectId)]), new("Event", null, [new("Region", e => e.RegionId)]), new("Event", null, [new("City", e => e.CityId)]),
                new("Event", null, [new("Network", e => e.NetworkId)]), new("Event", null, [new("Forum", e => e.ForumId)]),
            ],
            Details = e => new EdgeDetails(null, null, e.StartDate, e.EndDate),
            Active = new(e => FirstDay(e.StartDate, e.Year), e => LastDay(e.StartDate, e.EndDate, e.Year)),
            Export = new()
            {
                Label = e => e.Name,
                Attributes =
                [
                    new("slug", ExportType.String, e => e.Slug), new("kind", ExportType.String, e => e.Kind), new("year", ExportType.Int, e => e.Year),
                    new("startDate", ExportType.String, e => e.StartDate), new("endDate", ExportType.String, e => e.EndDate),
                ],
            },
        },
        Filterable = ["Id", "Slug", "Name", "Kind", "Status", "Year", "StartDate", "EndDate"],
        List = new("events", "Every dated happening the documents report that is not a forum edition, oldest first.", "Every dated happening that is not a forum edition, oldest first, a segment at a time.", ("year", false), ("startDate", false), ("slug", false)),
        Lookup = new("event", "An event by its slug."),
        Find = (db, slug) => db.Events.Where(e => e.Slug == slug),
        SearchDescription = "Dated happenings other than forum editions (`Event`).",
    };

    /// <summary>An event is active from its start, else from 1 January of its year.</summary>
    internal static DateOnly? FirstDay(DateOnly? start, int? year) => start ?? (year is int y ? new DateOnly(y, 1, 1) : null);

    /// <summary>An event is active until its end, else its start (a one-day event), else 31 December of its year.</summary>
    internal static DateOnly? LastDay(DateOnly? start, DateOnly? end, int? year) => end ?? start ?? (year is int y ? new DateOnly(y, 12, 31) : null);
}
