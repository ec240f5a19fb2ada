using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>
/// An OpenAI-compatible upstream on a loopback port that answers each request's headers at once and then sends only the
/// start of the body, holding the rest back until the router gives up: a model whose answer began but is slow to come.
/// </summary>
internal sealed class SlowBodyUpstream : IAsyncDisposable
{
    private static readonly byte[] Head = Encoding.ASCII.GetBytes(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n{\"id\":\"gen-slow\",");

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _requests;
    private int _abandoned;

    public SlowBodyUpstream()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public string BaseUrl => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1";

    /// <summary>Requests whose headers were answered.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Requests the router gave up on (it closed the connection before the body came).</summary>
    public int Abandoned => Volatile.Read(ref _abandoned);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ServeAsync(socket);
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        using (socket)
        {
            var buffer = new byte[64 * 1024];
            try
            {
                var request = new StringBuilder();
                while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    var read = await socket.ReceiveAsync(buffer, _stop.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    request.Append(Encoding.ASCII.GetString(buffer, 0, read));
                }

                await socket.SendAsync(Head, _stop.Token);
                Interlocked.Increment(ref _requests);

                // Whatever else comes (the rest of the request body) is read and dropped until the router closes the connection.
                while (await socket.ReceiveAsync(buffer, _stop.Token) > 0)
                {
                }

                Interlocked.Increment(ref _abandoned);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException)
            {
                return;
            }
        }
    }
}
