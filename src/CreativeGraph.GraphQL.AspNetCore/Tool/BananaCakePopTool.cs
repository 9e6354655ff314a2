using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace CreativeGraph.GraphQL.AspNetCore.Tool;

/// <summary>
/// Serves the Banana Cake Pop IDE offline from the files of the npm package
/// <c>@chillicream/bananacakepop-graphql-ide</c>, which the build copies to <c>bananacakepop/</c> in the output.
/// The page gets a <c>&lt;base href&gt;</c> so its relative assets resolve under the endpoint, and
/// <c>bcp-config.json</c> (which the IDE fetches beside itself) points it at this endpoint with telemetry off.
/// </summary>
internal sealed class BananaCakePopTool
{
    internal const string ConfigFileName = "bcp-config.json";
    internal const string DefaultFolder = "bananacakepop";

    private static readonly FileExtensionContentTypeProvider s_contentTypes = CreateContentTypes();

    // Files of the npm package that are its Node.js entry points, not part of the web app.
    private static readonly HashSet<string> s_hidden = new(StringComparer.OrdinalIgnoreCase)
    {
        "index.cjs", "index.mjs", "index.d.cts", "index.d.mts", "package.json", "README.md",
    };

    private readonly GraphQLToolOptions _options;
    private readonly Lazy<PhysicalFileProvider?> _files;
    private readonly ConcurrentDictionary<string, byte[]> _indexByBase = new(StringComparer.Ordinal);

    public BananaCakePopTool(IOptions<GraphQLHttpOptions> options)
    {
        _options = options.Value.Tool;
        string root = _options.FilesPath ?? Path.Combine(AppContext.BaseDirectory, DefaultFolder);
        _files = new Lazy<PhysicalFileProvider?>(() => Directory.Exists(root) ? new PhysicalFileProvider(Path.GetFullPath(root)) : null);
    }

    /// <summary>The IDE's page, for a browser's <c>GET /graphql</c>.</summary>
    public Task WriteIndexAsync(HttpContext context)
    {
        PhysicalFileProvider? files = _files.Value;
        IFileInfo? index = files?.GetFileInfo("index.html");
        if (index is not { Exists: true })
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        string baseHref = EndpointPath(context) + "/";
        byte[] page = _indexByBase.GetOrAdd(baseHref, static (href, file) => InjectBase(file, href), index);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.ContentLength = page.Length;
        return context.Response.Body.WriteAsync(page, context.RequestAborted).AsTask();
    }

    /// <summary>A file of the IDE (<c>GET /graphql/{**file}</c>), or its configuration.</summary>
    public Task WriteFileAsync(HttpContext context)
    {
        string path = context.Request.RouteValues["file"] as string ?? string.Empty;
        if (!_options.Enable)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        if (path.Length == 0 || path.Equals("index.html", StringComparison.OrdinalIgnoreCase))
        {
            return WriteIndexAsync(context);
        }

        if (path.Equals(ConfigFileName, StringComparison.OrdinalIgnoreCase))
        {
            return WriteConfigAsync(context);
        }

        IFileInfo? file = s_hidden.Contains(path) ? null : _files.Value?.GetFileInfo(path);
        if (file is not { Exists: true, IsDirectory: false } || !s_contentTypes.TryGetContentType(path, out string? contentType))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = file.Length;
        // Files under static/ carry a content hash in their names.
        context.Response.Headers.CacheControl = path.StartsWith("static/", StringComparison.Ordinal)
            ? "public, max-age=31536000, immutable"
            : "no-cache";
        return context.Response.SendFileAsync(file, context.RequestAborted);
    }

    private Task WriteConfigAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        string endpoint = $"{request.Scheme}://{request.Host}{EndpointPath(context)}";
        using MemoryStream buffer = new();
        using (Utf8JsonWriter writer = new(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("endpoint", endpoint);
            writer.WriteBoolean("useBrowserUrlAsEndpoint", true);
            writer.WriteString("title", _options.Title);
            writer.WriteBoolean("includeCookies", _options.IncludeCookies);
            // Offline: no usage data to ChilliCream and no Google Analytics (gaTrackingId stays unset).
            writer.WriteBoolean("disableTelemetry", true);
            writer.WriteEndObject();
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.ContentLength = buffer.Length;
        return context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted).AsTask();
    }

    // The endpoint's own path ("/graphql"), whether the IDE was asked for as /graphql, /graphql/ or /graphql/index.html.
    private static string EndpointPath(HttpContext context)
    {
        string path = context.Request.Path.Value ?? string.Empty;
        if (context.Request.RouteValues["file"] is string file && file.Length > 0 && path.EndsWith(file, StringComparison.Ordinal))
        {
            path = path[..^file.Length];
        }

        return context.Request.PathBase.Add(new PathString(path.TrimEnd('/'))).Value ?? string.Empty;
    }

    private static byte[] InjectBase(IFileInfo index, string baseHref)
    {
        using Stream stream = index.CreateReadStream();
        using StreamReader reader = new(stream, Encoding.UTF8);
        string html = reader.ReadToEnd();
        string tag = $"<base href=\"{System.Net.WebUtility.HtmlEncode(baseHref)}\"/>";
        int head = html.IndexOf("<head>", StringComparison.OrdinalIgnoreCase);
        html = head < 0 ? tag + html : html.Insert(head + "<head>".Length, tag);
        return Encoding.UTF8.GetBytes(html);
    }

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        FileExtensionContentTypeProvider provider = new();
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        provider.Mappings[".map"] = "application/json";
        return provider;
    }
}
