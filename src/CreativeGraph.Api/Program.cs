using CreativeGraph.Api.Commands;
using CreativeGraph.Persistence;

WebApplicationBuilder builder = WebApplication.CreateBuilder(ImportCommand.HostArguments(args));
builder.Services.AddKnowledgeGraphPersistence(builder.Configuration, builder.Environment.ContentRootPath);
WebApplication app = builder.Build();

if (ImportCommand.IsInvocation(args))
{
    return await ImportCommand.RunAsync(args, app.Services, Console.Out, Console.Error);
}

await KnowledgeGraphDatabase.MigrateAndSeedAsync(app.Services);
app.MapGet("/healthz", () => Results.Ok("healthy"));
await app.RunAsync();
return 0;
