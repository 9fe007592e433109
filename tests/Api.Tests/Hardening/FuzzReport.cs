using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PartnerCrm.Api.Tests.Hardening;

/// <summary>An answer, or why there was none (connection closed, timeout).</summary>
public sealed record FuzzAnswer(int? Status, string? ContentType, byte[] Body, string? Error, string? ETag = null, string? ServerError = null, TimeSpan Took = default)
{
    public string StatusText => Status?.ToString(CultureInfo.InvariantCulture) ?? "no answer";

    public string Excerpt(int max = 300) =>
        (Error ?? $"{StatusText} {ContentType ?? "(no content type)"}: {FuzzRequest.Visible(Encoding.UTF8.GetString(Body), max)}")
        + (ServerError is null ? "" : $"\n     server: {ServerError}");
}

public sealed record FuzzFailure(int Number, FuzzRequest Request, string Problem, FuzzAnswer Answer)
{
    /// <summary>Failures are one finding when the operation, the answer and the cause agree: the server's exception, or else the input.</summary>
    public string Group => $"{Request.Operation.Name} ({Request.Operation.Id}) | {Problem} | {Answer.ServerError ?? "input: " + Request.Kind}";
}

/// <summary>
/// What a run found: every failing request (none is dropped), figures per status class and operation, and
/// a failure message that groups the failures and shows one complete request per group.
/// </summary>
public sealed partial class FuzzReport(FuzzSettings settings)
{
    /// <summary>Text that only a stack trace or an exception message puts into an answer.</summary>
    public static readonly string[] StackTraceMarkers = ["   at ", "Exception:", "Npgsql", "System."];

    private readonly List<FuzzFailure> _failures = [];
    private readonly List<string> _readFailures = [];
    private readonly SortedDictionary<string, SortedDictionary<string, int>> _byOperation = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _byClass = new(StringComparer.Ordinal);
    private readonly List<(TimeSpan Took, int Number, FuzzRequest Request)> _slowest = [];
    private readonly SortedSet<string> _storedFarDates = new(StringComparer.Ordinal);

    public int Sent { get; private set; }

    public IReadOnlyList<FuzzFailure> Failures => _failures;

    public bool Failed => _failures.Count > 0 || _readFailures.Count > 0;

    public void Record(FuzzRequest request, FuzzAnswer answer)
    {
        var number = ++Sent;
        var @class = answer.Status is { } status ? $"{status / 100}xx" : "no answer";
        _byClass[@class] = _byClass.GetValueOrDefault(@class) + 1;
        if (!_byOperation.TryGetValue(request.Operation.Name, out var statuses)) _byOperation[request.Operation.Name] = statuses = new(StringComparer.Ordinal);
        statuses[answer.StatusText] = statuses.GetValueOrDefault(answer.StatusText) + 1;
        if (ProblemOf(answer) is { } problem) _failures.Add(new FuzzFailure(number, request, problem, answer));
        if (request.Method != "GET" && answer.Status is >= 200 and < 300 && request.Kinds.Any(FarDate().IsMatch))
            _storedFarDates.Add($"{request.Operation.Name} answered {answer.StatusText} to: {request.Kind} (#{number})");
        _slowest.Add((answer.Took, number, request));
        if (_slowest.Count > 5) _slowest.Remove(_slowest.MinBy(s => s.Took));
    }

    public void RecordReadFailure(string failure) => _readFailures.Add(failure);

    /// <summary>
    /// Why an answer is a failure: a 5xx, no answer at all, a stack trace in the body, or a 4xx that is not
    /// problem+json (every refusal explains itself); null when it is fine.
    /// </summary>
    public static string? ProblemOf(FuzzAnswer answer)
    {
        if (answer.Status is null) return "no complete answer";
        var marker = StackTraceIn(answer.ContentType, answer.Body);
        if (marker is not null) return $"{answer.StatusText} with a stack trace ({(marker == "   at " ? "frames" : marker)})";
        if (answer.Status is >= 400 and < 500 && answer.ContentType?.StartsWith("application/problem+json", StringComparison.Ordinal) != true)
            return $"{answer.StatusText} without a problem body";
        return answer.Status >= 500 ? answer.StatusText : null;
    }

    public static string? StackTraceIn(string? contentType, byte[] body)
    {
        if (contentType is not null && (contentType.Contains("spreadsheetml", StringComparison.Ordinal) || contentType.Contains("zip", StringComparison.Ordinal)))
            return null;
        var text = Encoding.UTF8.GetString(body);
        return StackTraceMarkers.FirstOrDefault(marker => text.Contains(marker, StringComparison.Ordinal));
    }

    public string Figures(TimeSpan duration)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Fuzz run: seed {settings.Seed}, budget {settings.RequestBudget}, {Sent} requests over {_byOperation.Count} operations in {duration.TotalSeconds:F1} s.");
        text.AppendLine("Answers by status class: " + string.Join(", ", _byClass.Select(c => $"{c.Key} {c.Value}")));
        text.AppendLine("Slowest requests: " + string.Join("; ", _slowest.OrderByDescending(s => s.Took)
            .Select(s => $"#{s.Number} {s.Request.Operation.Id} [{s.Request.Kind}] {s.Took.TotalMilliseconds:F0} ms")));
        text.AppendLine("Requests per operation (answers by status):");
        foreach (var (operation, statuses) in _byOperation)
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {operation,-58} {statuses.Values.Sum(),5}   {string.Join(" ", statuses.Select(s => $"{s.Key}×{s.Value}"))}");
        return text.ToString();
    }

    /// <summary>Every failure: grouped by operation, problem and input with one full request each, then one line per failing request.</summary>
    public string FailureMessage(string detailFile)
    {
        var groups = _failures.GroupBy(f => f.Group).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"The API failed {_failures.Count} of {Sent} fuzz requests ({groups.Count} distinct failures) and {_readFailures.Count} shared read checks after them.");
        text.AppendLine(
            $"Seed {settings.Seed}: repeat with {FuzzSettings.SeedVariable}={settings.Seed} {FuzzSettings.RequestsVariable}={settings.RequestBudget} " +
            $"(and {FuzzSettings.OnlyVariable}=<operation ids> to fuzz only some operations). The server's exceptions are in " +
            $"tests/Api.Tests/artifacts/server-errors.log; every failing request in full is in {detailFile}.");
        if (groups.Count > 0)
        {
            text.AppendLine().AppendLine("Distinct failures (operation | answer | the server's exception, or the input when none was logged):");
            var n = 0;
            foreach (var group in groups)
            {
                var first = group.First();
                var numbers = string.Join(", ", group.Take(10).Select(f => $"#{f.Number}")) + (group.Count() > 10 ? ", …" : "");
                n++;
                text.AppendLine(CultureInfo.InvariantCulture, $"{n,3}. {group.Key} — {group.Count()} request(s): {numbers}");
                var inputs = group.Select(f => f.Request.Kind).Distinct().ToList();
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"     inputs ({inputs.Count}): {FuzzRequest.Visible(string.Join("; ", inputs.Take(12)), 1_000)}{(inputs.Count > 12 ? "; …" : "")}");
                text.AppendLine(CultureInfo.InvariantCulture, $"     request #{first.Number} (request {first.Request.OperationRequest} of {first.Request.Operation.Id}, request seed {first.Request.Seed}):");
                text.AppendLine("     " + first.Request.Describe().Replace("\n", "\n     ", StringComparison.Ordinal));
                text.AppendLine("     answer: " + first.Answer.Excerpt());
            }
        }
        if (_readFailures.Count > 0)
        {
            text.AppendLine().AppendLine("Shared read routes after the fuzzing:");
            foreach (var failure in _readFailures) text.AppendLine("  - " + failure);
        }
        if (_readFailures.Count > 0 && _storedFarDates.Count > 0)
        {
            text.AppendLine().AppendLine("Writes with far dates the API accepted (the read routes may choke on what they stored):");
            foreach (var stored in _storedFarDates) text.AppendLine("  - " + FuzzRequest.Visible(stored, 400));
        }
        if (_failures.Count > 0)
        {
            text.AppendLine().AppendLine("All failing requests:");
            foreach (var failure in _failures)
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"  #{failure.Number,-5} {failure.Problem,-12} {failure.Request.Method} {FuzzRequest.Visible(failure.Request.Url, 160)}  [{failure.Request.Kind}]");
        }
        return text.ToString();
    }

    /// <summary>The words of the value catalogue for a date or timestamp that is out of the ordinary.</summary>
    [GeneratedRegex(@"\b(date|dates|timestamp)\b")]
    private static partial Regex FarDate();

    /// <summary>Every failing request in full, for the file beside the test's output.</summary>
    public string Details()
    {
        var text = new StringBuilder();
        foreach (var failure in _failures)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"#{failure.Number} {failure.Group} (request {failure.Request.OperationRequest} of {failure.Request.Operation.Id}, seed {settings.Seed}, request seed {failure.Request.Seed})");
            text.AppendLine("  " + failure.Request.Describe().Replace("\n", "\n  ", StringComparison.Ordinal));
            text.AppendLine("  answer: " + failure.Answer.Excerpt(2_000)).AppendLine();
        }
        foreach (var failure in _readFailures) text.AppendLine("read after fuzzing: " + failure).AppendLine();
        return text.ToString();
    }
}
