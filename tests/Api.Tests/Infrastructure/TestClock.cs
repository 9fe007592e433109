using Microsoft.Extensions.Time.Testing;

namespace PartnerCrm.Api.Tests.Infrastructure;

/// <summary>
/// The application's clock in tests. A <see cref="FakeTimeProvider"/> cannot go back in time, so each
/// test gets a fresh one; this wrapper is what the application holds on to.
/// </summary>
public sealed class TestClock : TimeProvider
{
    public FakeTimeProvider Current { get; private set; } = new(DateTimeOffset.UtcNow);

    public void StartAt(DateTimeOffset now) => Current = new FakeTimeProvider(now);

    public void Advance(TimeSpan by) => Current.Advance(by);

    public override DateTimeOffset GetUtcNow() => Current.GetUtcNow();

    public override long GetTimestamp() => Current.GetTimestamp();

    public override long TimestampFrequency => Current.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Current.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        Current.CreateTimer(callback, state, dueTime, period);
}
