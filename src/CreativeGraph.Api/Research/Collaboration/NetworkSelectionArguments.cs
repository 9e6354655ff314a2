using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Research.Collaboration;

/// <summary>The arguments that select a collaboration network: <c>period</c>, <c>programme</c>, <c>country</c>, <c>network</c>.</summary>
internal static class NetworkSelectionArguments
{
    public static FieldDescriptor Selection(this FieldDescriptor field) => field
        .Period()
        .Programme()
        .Country()
        .Argument("network", "String", a => a.Description("Only partners located in a region that is a member of this network (slug) during the period, e.g. the Districts of Creativity."));

    public static FieldDescriptor Programme(this FieldDescriptor field) =>
        field.Argument("programme", "String", a => a.Description("Only projects funded by this programme (slug)."));

    public static FieldDescriptor Country(this FieldDescriptor field) =>
        field.Argument("country", "String", a => a.Description("Only partners based in this country (ISO code, e.g. \"DE\")."));

    /// <summary>The selection the arguments name (those the field lacks count as absent); an unknown programme, country or network is a coded error.</summary>
    public static async Task<NetworkSelection> ReadAsync(IResolverContext context)
    {
        Period period = await PeriodArgument.ReadAsync(context).ConfigureAwait(false);
        string? programme = context.ArgumentValue<string>("programme");
        string? country = context.ArgumentValue<string>("country")?.ToUpperInvariant();
        string? network = context.ArgumentValue<string>("network");
        if (programme is null && country is null && network is null)
        {
            return NetworkSelection.Everything with { Period = period };
        }

        KnowledgeGraphDbContext db = await context.Services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>()
            .CreateDbContextAsync(context.RequestAborted).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            CancellationToken ct = context.RequestAborted;
            int? programmeId = programme is null ? null
                : await db.Programmes.Where(p => p.Slug == programme).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false) ?? throw ResearchErrors.SelectionNotFound("programme", programme);
            int? countryId = country is null ? null
                : await db.Countries.Where(c => c.Code == country).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false) ?? throw ResearchErrors.SelectionNotFound("country", country);
            int? networkId = network is null ? null
                : await db.Networks.Where(n => n.Slug == network).Select(n => (int?)n.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false) ?? throw ResearchErrors.SelectionNotFound("network", network);
            return new NetworkSelection(period, programmeId, countryId, networkId);
        }
    }
}
