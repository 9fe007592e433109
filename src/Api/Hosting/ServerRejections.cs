using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace PartnerCrm.Api.Hosting;

/// <summary>
/// Kestrel refuses some requests before any application code runs (a request line with <c>%00</c>, a
/// header too large, a malformed header): it answers an empty 4xx and closes the connection, and that
/// answer cannot be configured. This connection filter recognises such an answer in the bytes Kestrel
/// writes (a 4xx with <c>Content-Length: 0</c> and <c>Connection: close</c>, which an answer of the
/// application never is) and gives it a problem+json body in the project's words. Every other byte
/// passes through untouched.
/// </summary>
public static class ServerRejections
{
    public static void ExplainRejections(this ListenOptions listen) => listen.Use(next => async connection =>
    {
        var transport = connection.Transport;
        connection.Transport = new Pipe(transport.Input, new RejectionExplainingWriter(transport.Output));
        try
        {
            await next(connection);
        }
        finally
        {
            connection.Transport = transport;
        }
    });

    private sealed class Pipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;
        public PipeWriter Output { get; } = output;
    }

    /// <summary>Kestrel writes a rejection's status line and headers in one piece; that piece is replaced before it is committed.</summary>
    private sealed class RejectionExplainingWriter(PipeWriter inner) : PipeWriter
    {
        private static readonly byte[] Start = "HTTP/1.1 4"u8.ToArray();
        private Memory<byte> _lent;

        public override Memory<byte> GetMemory(int sizeHint = 0) => _lent = inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => (_lent = inner.GetMemory(sizeHint)).Span;

        public override void Advance(int bytes)
        {
            if (bytes > Start.Length && _lent.Length >= bytes && _lent.Span.StartsWith(Start) && Explained(_lent.Span[..bytes]) is { } explained)
            {
                inner.Write(explained);
                return;
            }
            inner.Advance(bytes);
        }

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);

        public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

        public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

        public override long UnflushedBytes => inner.UnflushedBytes;

        private static byte[]? Explained(ReadOnlySpan<byte> written)
        {
            var head = Encoding.ASCII.GetString(written);
            var lines = head.Split("\r\n");
            if (!head.EndsWith("\r\n\r\n", StringComparison.Ordinal)
                || !lines.Contains("Content-Length: 0", StringComparer.OrdinalIgnoreCase)
                || !lines.Contains("Connection: close", StringComparer.OrdinalIgnoreCase)
                || lines[0].Split(' ', 3) is not [_, var code, var reason] || !int.TryParse(code, out var status))
                return null;

            var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
            {
                ["type"] = status is >= 400 and <= 417 ? $"https://tools.ietf.org/html/rfc9110#section-15.5.{status - 399}" : "about:blank",
                ["title"] = reason,
                ["status"] = status,
                ["detail"] = "The server could not read this request (its request line or headers are malformed or too large), so it was not handled.",
                ["traceId"] = System.Diagnostics.ActivityTraceId.CreateRandom().ToString(),
            });
            var headers = lines.Where(line => line.Length > 0 && !line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
            var explained = string.Join("\r\n", headers)
                + $"\r\nContent-Type: application/problem+json\r\nContent-Length: {body.Length}\r\n\r\n";
            return [.. Encoding.ASCII.GetBytes(explained), .. body];
        }
    }
}
