using Microsoft.Extensions.Logging;

namespace PartnerCrm.Api.Tests.Infrastructure;

/// <summary>
/// Writes the API's errors during tests to tests/Api.Tests/artifacts/server-errors.log, so a 500 in a test
/// can be traced to its exception.
/// </summary>
public sealed class ErrorFileLoggerProvider(string path) : ILoggerProvider
{
    private static readonly Lock Gate = new();

    public ILogger CreateLogger(string categoryName) => new ErrorFileLogger(path, categoryName);

    public void Dispose()
    {
    }

    private sealed class ErrorFileLogger(string path, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            lock (Gate)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.AppendAllText(path, $"{DateTime.UtcNow:O} {category}: {formatter(state, exception)}\n{exception}\n\n");
            }
        }
    }
}
