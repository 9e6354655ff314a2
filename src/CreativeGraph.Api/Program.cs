using CreativeGraph.Api;
using CreativeGraph.Api.Authentication;
using CreativeGraph.Api.Commands;
using CreativeGraph.Api.Operations;
using CreativeGraph.Api.Research.Export;
using CreativeGraph.GraphQL.AspNetCore;
using CreativeGraph.Persistence;

// Commands that need no host: `schema export [--output FILE]`, `healthcheck [URL]` and `apikey create --name NAME`.
if (SchemaExportCommand.IsInvocation(args))
{
    return await SchemaExportCommand.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
}

if (HealthCheckCommand.IsInvocation(args))
{
    return await HealthCheckCommand.RunAsync(args, Console.Error).ConfigureAwait(false);
}

if (ApiKeyCommand.IsInvocation(args))
{
    return await ApiKeyCommand.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
}

// appsettings*.json and wwwroot come from the app's folder, whatever the working directory; a relative
// SQLite path (the default data/creativegraph.db) is relative to the working directory.
WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = ExportCommand.HostArguments(GenerateCommand.HostArguments(ImportCommand.HostArguments(args))),
    ContentRootPath = AppContext.BaseDirectory,
});
if (ConfigurationValidator.Report(builder.Configuration, Console.Error) is { } badConfiguration)
{
    return badConfiguration;
}

builder.Services.AddKnowledgeGraphPersistence(builder.Configuration, Directory.GetCurrentDirectory());
builder.Services.AddKnowledgeGraphApi(builder.Configuration);
builder.Services.AddKnowledgeGraphAuthentication(builder.Configuration);
builder.Services.AddKnowledgeGraphOperations(builder.Configuration);
WebApplication app = builder.Build();

if (ImportCommand.IsInvocation(args))
{
    return await ImportCommand.RunAsync(args, app.Services, Console.Out, Console.Error).ConfigureAwait(false);
}

if (GenerateCommand.IsInvocation(args))
{
    return await GenerateCommand.RunAsync(args, app.Services, Console.Out, Console.Error).ConfigureAwait(false);
}

if (ExportCommand.IsInvocation(args))
{
    return await ExportCommand.RunAsync(args, app.Services, Console.OpenStandardOutput(), Console.Out, Console.Error).ConfigureAwait(false);
}

if (await ServerStartup.RunAsync(app.Services).ConfigureAwait(false) is { } startupFailed)
{
    return startupFailed;
}

app.UseKnowledgeGraphOperations();
app.UseAuthentication();
app.MapGraphQL("/graphql");
app.MapGraphExport();
await app.RunAsync().ConfigureAwait(false);
return 0;

/// <summary>The host's entry point; public so integration tests can start it with WebApplicationFactory.</summary>
public partial class Program;
