using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Synthetic;

namespace CreativeGraph.Api.Tests.Research.Time;

/// <summary>
/// The generated graph of the time tests: small enough for a reference in plain LINQ, with the awkward dates the
/// rule for undated facts is about: projects without dates, with only a start and with only an end, memberships
/// without a joining date, and (from the generator) excluded memberships.
/// </summary>
internal static class TimeGraph
{
    public static SyntheticGraphOptions Options { get; } = new()
    {
        Seed = 23,
        Partners = 400,
        Projects = 70,
        Countries = 4,
        RegionsPerCountry = 3,
        CitiesPerRegion = 2,
        Programmes = 4,
        Networks = 3,
        Events = 10,
        People = 10,
        Sources = 3,
        MaxPartnersPerProject = 9,
    };

    /// <summary>Removes dates: every 7th project loses both, the next its start, the next its end; every 5th membership its joining date.</summary>
    public static void RemoveSomeDates(SyntheticGraph graph)
    {
        foreach (Project project in graph.Projects)
        {
            switch (project.Id % 7)
            {
                case 0:
                    (project.StartDate, project.StartDatePrecision, project.EndDate, project.EndDatePrecision) = (null, null, null, null);
                    break;
                case 1:
                    (project.StartDate, project.StartDatePrecision) = (null, null);
                    break;
                case 2:
                    (project.EndDate, project.EndDatePrecision) = (null, null);
                    break;
            }
        }

        foreach (Membership membership in graph.Memberships.Where(m => m.Id % 5 == 0))
        {
            membership.JoinedOn = null;
            membership.ApplicationDecidedOn = null;
        }
    }
}
