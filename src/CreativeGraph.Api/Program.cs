WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
WebApplication app = builder.Build();
app.MapGet("/healthz", () => Results.Ok("healthy"));
app.Run();
