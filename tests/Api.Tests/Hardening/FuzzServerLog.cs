using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace PartnerCrm.Api.Tests.Hardening;

/// <summary>
/// The errors the fuzzed server logs, kept in memory. The fuzzer sends one request at a time to a server of
/// its own, so what was logged while a request ran belongs to that request: its exception becomes the
/// failure's cause, and failures with the same cause are one finding.
/// </summary>
public sealed partial class FuzzServerLog : ILoggerProvider
{
    private readonly Lock _gate = new();
    private readonly List<Exception> _exceptions = [];

    public int Mark
    {
        get
        {
            lock (_gate) return _exceptions.Count;
        }
    }

    /// <summary>The cause of the last exception logged since <paramref name="mark"/>, or null when none was.</summary>
    public string? CauseSince(int mark)
    {
        lock (_gate) return _exceptions.Count > mark ? Cause(_exceptions[^1]) : null;
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    /// <summary>
    /// One line: the exception that says what went wrong (a database exception rather than EF Core's wrapper
    /// around it), its message without ids, and the first frame in PartnerCrm's own code.
    /// </summary>
    public static string Cause(Exception exception)
    {
        var telling = exception;
        while (telling.InnerException is { } inner && telling.Message.Contains("inner exception", StringComparison.OrdinalIgnoreCase))
            telling = inner;
        var message = FuzzRequest.Visible(Ids().Replace(telling.Message.Split('\n')[0].Trim(), "…"), 200);
        var frame = exception.ToString().Split('\n')
            .Select(line => line.Trim())
            .FirstOrDefault(line => line.StartsWith("at PartnerCrm.", StringComparison.Ordinal));
        var where = frame is null ? "" : " at " + OwnFrame().Match(frame[3..]).Value;
        return $"{telling.GetType().Name}: {message}{where}";
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")]
    private static partial Regex Ids();

    /// <summary><c>Type.Method</c> of a stack frame, without namespace and parameters.</summary>
    [GeneratedRegex(@"[^.(]+\.[^.(]+(?=\()")]
    private static partial Regex OwnFrame();

    private sealed class Logger(FuzzServerLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel) || exception is null) return;
            lock (log._gate) log._exceptions.Add(exception);
        }
    }
}
