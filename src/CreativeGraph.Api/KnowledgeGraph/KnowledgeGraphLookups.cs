using CreativeGraph.Api.KnowledgeGraph.Fields;
using CreativeGraph.Data;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.KnowledgeGraph;

/// <summary>The root lookups by natural key: <c>region(slug:)</c>, <c>project(acronym:)</c>, <c>country(code:)</c>….</summary>
internal static class KnowledgeGraphLookups
{
    private const string SlugArgument = "The stable slug, exactly as `slug` gives it.";

    public static SchemaBuilder AddLookups(this SchemaBuilder builder) => builder.ExtendObjectType("Query", t =>
    {
        Lookup(t, "country", "A country by its ISO 3166-1 alpha-2 code, e.g. \"DK\".", "code", "The ISO code, case-insensitive.", (db, code) => db.Countries.Where(c => c.Code == code.ToUpperInvariant()));
        Lookup(t, "region", "A region by its slug, e.g. \"central-denmark-region\".", (db, slug) => db.Regions.Where(r => r.Slug == slug));
        Lookup(t, "city", "A city by its slug, e.g. \"pecs\".", (db, slug) => db.Cities.Where(c => c.Slug == slug));
        Lookup(t, "partner", "A partner organisation by its slug, e.g. \"city-of-leipzig\".", (db, slug) => db.Partners.Where(p => p.Slug == slug));
        Lookup(t, "person", "A person by their slug, e.g. \"ulla-diderichsen\".", (db, slug) => db.People.Where(p => p.Slug == slug));
        Lookup(t, "programme", "A programme by its slug.", (db, slug) => db.Programmes.Where(p => p.Slug == slug));
        Lookup(t, "project", "A project by its acronym, case-insensitive, e.g. \"URBAN CREATIVE POLES\".", "acronym", "The project's acronym.", (db, acronym) => db.Projects.Where(p => p.Acronym.ToUpper() == acronym.ToUpperInvariant()));
        Lookup(t, "sector", "A creative-industry sector by its slug, e.g. \"design\".", (db, slug) => db.Sectors.Where(s => s.Slug == slug));
        Lookup(t, "network", "A network by its slug, e.g. \"districts-of-creativity\".", (db, slug) => db.Networks.Where(n => n.Slug == slug));
        Lookup(t, "forum", "A forum edition by its slug.", (db, slug) => db.Forums.Where(f => f.Slug == slug));
        Lookup(t, "event", "An event by its slug.", (db, slug) => db.Events.Where(e => e.Slug == slug));
        Lookup(t, "source", "A source document by its slug, e.g. \"creative-cities-leaflet\".", (db, slug) => db.Sources.Where(s => s.Slug == slug));
    });

    private static void Lookup<T>(ObjectTypeDescriptor query, string name, string description, Func<KnowledgeGraphDbContext, string, IQueryable<T>> find)
        where T : class =>
        Lookup(query, name, description, "slug", SlugArgument, find);

    private static void Lookup<T>(ObjectTypeDescriptor query, string name, string description, string argument, string argumentDescription, Func<KnowledgeGraphDbContext, string, IQueryable<T>> find)
        where T : class =>
        query.Field(name).Type(typeof(T).Name)
            .Description(description + " Null when there is none.")
            .Argument(argument, "String!", a => a.Description(argumentDescription))
            .Resolve(new FieldResolver(async context =>
            {
                string key = context.ArgumentValue<string>(argument)!;
                await using KnowledgeGraphDbContext db = await context.Services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>()
                    .CreateDbContextAsync(context.RequestAborted);
                // SQL: … WHERE Slug = @slug LIMIT 1, as the compiled query of its shape
                List<T> rows = await find(db, key).AsNoTracking().Take(1).ToCompiledListAsync(db, context.RequestAborted);
                return rows.Count > 0 ? rows[0] : null;
            }));
}
