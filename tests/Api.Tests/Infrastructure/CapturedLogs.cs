using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PartnerCrm.Api.Tests.Infrastructure;

/// <summary>
/// Keeps every line the API logs, with everything a log sink could write of it: the message, the values
/// of its template, its scopes and its exception. The API's level filters apply as they do in production.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<LogLine> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<LogLine> Lines => [.. _lines];

    public void Clear() => _lines.Clear();

    /// <summary>Waits until <paramref name="count"/> lines match; a request's line is written just after its answer.</summary>
    public async Task<IReadOnlyList<LogLine>> WaitForAsync(Func<LogLine, bool> match, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var lines = Lines.Where(match).ToList();
            if (lines.Count >= count || DateTime.UtcNow > deadline) return lines;
            await Task.Delay(20);
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => logs._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<KeyValuePair<string, object?>>();
            var scopeTexts = new List<string>();
            logs._scopes.ForEachScope((scope, _) =>
            {
                scopeTexts.Add(scope?.ToString() ?? "");
                if (scope is IEnumerable<KeyValuePair<string, object?>> values) scopes.AddRange(values);
            }, (object?)null);
            var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            logs._lines.Enqueue(new LogLine(category, logLevel, eventId.Name, formatter(state, exception),
                values.DistinctBy(value => value.Key).ToDictionary(value => value.Key, value => value.Value), scopes, scopeTexts, exception?.ToString()));
        }
    }
}

public sealed record LogLine(
    string Category,
    LogLevel Level,
    string? EventName,
    string Message,
    IReadOnlyDictionary<string, object?> State,
    IReadOnlyList<KeyValuePair<string, object?>> Scopes,
    IReadOnlyList<string> ScopeTexts,
    string? Exception)
{
    /// <summary>All the text a sink could write for this line.</summary>
    public string Everything => string.Join('\n', [
        Category, Message,
        .. State.Select(value => $"{value.Key}={value.Value}"),
        .. Scopes.Select(value => $"{value.Key}={value.Value}"),
        .. ScopeTexts,
        Exception ?? "",
    ]);

    public object? Scope(string key) => Scopes.LastOrDefault(value => value.Key == key).Value;
}
