using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CreativeGraph.Api.Tests.Operations;

/// <summary>
/// SIGTERM to the real server while a request is in flight: the request still gets its answer, requests arriving
/// during the drain get 503, and the process then exits cleanly. The request is held open by sending its body in
/// two parts, so nothing depends on how fast a query runs.
/// </summary>
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task A_request_in_flight_finishes_while_new_ones_get_503_then_the_process_exits()
    {
        using TempDirectory directory = new("creativegraph-drain-");
        await using ServerProcess server = ServerProcess.Start(directory.Path, new Dictionary<string, string>
        {
            ["Database__Provider"] = "Sqlite",
            ["ConnectionStrings__KnowledgeGraph"] = $"Data Source={directory.File("kg.db")}",
            ["Shutdown__DrainTimeout"] = "00:00:30",
        });
        await server.WaitUntilAsync("/readyz", TimeSpan.FromMinutes(2));

        byte[] body = Encoding.UTF8.GetBytes("""{"query":"{ regions(first: 2) { nodes { slug } } }"}""");
        using TcpClient inFlight = new();
        await inFlight.ConnectAsync(IPAddress.Loopback, server.BaseAddress.Port);
        NetworkStream stream = inFlight.GetStream();
        string head = $"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: {body.Length}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(body.AsMemory(0, 10));
        await stream.FlushAsync();
        await Task.Delay(500); // the server has begun the request

        await server.TerminateAsync();
        Assert.True(
            await GraphQLProbe.WaitForStatusAsync(server.BaseAddress, "/graphql?query={__typename}", 503, TimeSpan.FromSeconds(10)),
            $"New requests were not answered 503 while draining:\n{server.Output}");
        Assert.False(server.HasExited, "The server stopped before the request in flight had finished.");

        await stream.WriteAsync(body.AsMemory(10));
        await stream.FlushAsync();
        string response = await ReadResponseAsync(stream);
        Assert.StartsWith("HTTP/1.1 200", response, StringComparison.Ordinal);
        Assert.Contains("\"slug\"", response, StringComparison.Ordinal);

        Assert.Equal(0, await server.WaitForExitAsync(TimeSpan.FromSeconds(30)));
    }

    // Reads until the body (Content-Length or chunked) has arrived or the server closes the connection.
    private static async Task<string> ReadResponseAsync(NetworkStream stream)
    {
        StringBuilder text = new();
        byte[] buffer = new byte[8192];
        using CancellationTokenSource timeout = new(TimeSpan.FromSeconds(30));
        while (true)
        {
            int read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0)
            {
                return text.ToString();
            }

            text.Append(Encoding.UTF8.GetString(buffer, 0, read));
            string sofar = text.ToString();
            if (sofar.Contains("\r\n\r\n", StringComparison.Ordinal) && (sofar.EndsWith("0\r\n\r\n", StringComparison.Ordinal) || sofar.TrimEnd().EndsWith('}')))
            {
                return sofar;
            }
        }
    }
}
