using System.Net.Sockets;
using System.Text;

namespace AspireRouter.EndToEnd.Tests.Shutdown;

/// <summary>
/// A request still in flight: a POST whose headers are sent and whose body never finishes arriving, so the service is busy
/// reading it when it is told to stop. The service must not wait for it beyond its drain.
/// </summary>
internal sealed class HeldRequest : IDisposable
{
    private readonly TcpClient _client;

    private HeldRequest(TcpClient client) => _client = client;

    public static async Task<HeldRequest> SendAsync(Uri service, string path, string authorization, CancellationToken cancellationToken)
    {
        var client = new TcpClient();
        await client.ConnectAsync(service.Host, service.Port, cancellationToken);
        var head = $"POST {path} HTTP/1.1\r\nHost: {service.Authority}\r\nAuthorization: {authorization}\r\n" +
                   "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"model\":\"free\",\"messages\":[";
        await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(head), cancellationToken);
        return new HeldRequest(client);
    }

    public void Dispose() => _client.Dispose();
}
