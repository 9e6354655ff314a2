using CreativeGraph.Data;
using CreativeGraph.Data.Core;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Research.Statistics;

/// <summary>
/// <c>statistics(where: ProjectFilterInput)</c>: counts by country, region, programme, sector, year and role, and
/// degree figures, over the projects the same filter as <c>projects(where:)</c> selects (<see cref="GraphStatistics"/>).
/// </summary>
internal static class StatisticsTypes
{
    private const int MaxFirst = 100;

    // Projects start in a few decades of years; the cost analysis counts the list as this long.
    private const int YearsAssumed = 50;

    public static SchemaBuilder AddStatistics(this SchemaBuilder builder)
    {
        DataSchema data = DataSchema.For(builder);
        Count<Country>(builder, "CountryCount", "country", "Country", "A country with a count.");
        Count<Region>(builder, "RegionCount", "region", "Region", "A region with a count.");
        Count<Programme>(builder, "ProgrammeCount", "programme", "Programme", "A programme with a count.");
        Count<Sector>(builder, "SectorCount", "sector", "Sector", "A sector with a count.");
        Count<int>(builder, "YearCount", "year", "Int", "A year with a count.");
        Count<ParticipationRole>(builder, "RoleCount", "role", "ParticipationRole", "A participation role with a count.");
        Count<Partner>(builder, "PartnerDegree", "partner", "Partner", "A partner organisation with the number of projects it takes part in.");
        Count<Project>(builder, "ProjectDegree", "project", "Project", "A project with the number of its partners.");
        return builder
            .AddObjectType(nameof(GraphStatistics), t =>
            {
                t.RuntimeType<GraphStatistics>().Description("Figures over the selected projects, each computed by the database when selected. \"Partners\" are the partner organisations taking part in those projects.");
                t.Field("projectCount").Type("Int!").Cost(CostWeights.StatisticsFigure).Description("The number of selected projects.").Resolve(c => Stats(c).ProjectCountAsync(c.RequestAborted));
                t.Field("partnerCount").Type("Int!").Cost(CostWeights.StatisticsFigure).Description("The number of distinct partners of the selected projects.").Resolve(c => Stats(c).PartnerCountAsync(c.RequestAborted));
                t.Field("participationCount").Type("Int!").Cost(CostWeights.StatisticsFigure).Description("The number of participations in the selected projects.").Resolve(c => Stats(c).ParticipationCountAsync(c.RequestAborted));
                Top(t, "partnersByCountry", "[CountryCount!]!", "Partners per country they are based in, most first.", (s, n, ct) => s.PartnersByCountryAsync(n, ct));
                Top(t, "projectsByRegion", "[RegionCount!]!", "Projects per region their partners are located in (the partner's region, else its city's), most first.", (s, n, ct) => s.ProjectsByRegionAsync(n, ct));
                Top(t, "projectsByProgramme", "[ProgrammeCount!]!", "Projects per funding programme, most first.", (s, n, ct) => s.ProjectsByProgrammeAsync(n, ct));
                Top(t, "projectsBySector", "[SectorCount!]!", "Projects per sector they address, most first.", (s, n, ct) => s.ProjectsBySectorAsync(n, ct));
                t.Field("projectsByStartYear").Type("[YearCount!]!").Cost(CostWeights.StatisticsFigure).ListSize(assumedSize: YearsAssumed, requireOneSlicingArgument: false).Description("Projects per year of their start, oldest first.").Resolve(c => Stats(c).ProjectsByStartYearAsync(c.RequestAborted));
                t.Field("participationsByRole").Type("[RoleCount!]!").Cost(CostWeights.StatisticsFigure).ListSize(assumedSize: Enum.GetValues<ParticipationRole>().Length, requireOneSlicingArgument: false).Description("Participations per role, most first.").Resolve(c => Stats(c).ParticipationsByRoleAsync(c.RequestAborted));
                Top(t, "mostConnectedPartners", "[PartnerDegree!]!", "The partners taking part in the most selected projects, most first.", (s, n, ct) => s.MostConnectedPartnersAsync(n, ct));
                Top(t, "regionsByPartnerCount", "[RegionCount!]!", "Regions by the number of partners located there, most first.", (s, n, ct) => s.RegionsByPartnerCountAsync(n, ct));
                Top(t, "projectsByPartnerCount", "[ProjectDegree!]!", "The selected projects with the most partners, largest first.", (s, n, ct) => s.ProjectsByPartnerCountAsync(n, ct));
            })
            .ExtendObjectType("Query", t => t.Field("statistics").Type($"{nameof(GraphStatistics)}!")
                .Description("Counts and degree figures over the projects that match `where` (every project when absent), computed by the database.")
                .Argument("where", "ProjectFilterInput", a => a.Description("Selects the projects, as in `projects(where:)`."))
                .Period()
                .Resolve(async c =>
                {
                    object? where = c.ArgumentValue<object>("where");
                    var active = ActivePeriods.ProjectIn(await PeriodArgument.ReadAsync(c).ConfigureAwait(false));
                    return new GraphStatistics(
                        c.Services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>(),
                        db => data.Where(db.Projects, where).Where(active));
                }));
    }

    private static void Count<T>(SchemaBuilder builder, string typeName, string valueField, string valueType, string description) =>
        builder.AddObjectType(typeName, t =>
        {
            t.RuntimeType<Count<T>>().Description(description);
            t.Field(valueField).Type(valueType + "!").Description("The value counted.").Resolve(c => c.GetParent<Count<T>>().Value).IsPure();
            t.Field("count").Type("Int!").Description("The count.").Resolve(c => c.GetParent<Count<T>>().Number).IsPure();
        });

    private static void Top<T>(ObjectTypeDescriptor t, string name, string type, string description, Func<GraphStatistics, int, CancellationToken, Task<T>> query) =>
        t.Field(name).Type(type).Description(description).Cost(CostWeights.StatisticsFigure)
            .Argument("first", "Int", a => a.DefaultValue(10).Description($"How many to return (1 to {MaxFirst})."))
            .ListSize(slicingArguments: ["first"], requireOneSlicingArgument: false)
            .ContextData(CostMetadata.MaxListSize, MaxFirst)
            .Resolve(c =>
            {
                int first = c.ArgumentValue<int>("first");
                if (first is < 1 or > MaxFirst)
                {
                    throw ResearchErrors.OutOfRange(ResearchErrorCodes.ResearchResultSizeOutOfRange, "first", first, 1, MaxFirst);
                }

                return query(Stats(c), first, c.RequestAborted);
            });

    private static GraphStatistics Stats(IResolverContext c) => c.GetParent<GraphStatistics>();
}
