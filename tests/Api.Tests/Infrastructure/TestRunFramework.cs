using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: Xunit.TestFramework("PartnerCrm.Api.Tests.Infrastructure.TestRunFramework", "PartnerCrm.Api.Tests")]

namespace PartnerCrm.Api.Tests.Infrastructure;

/// <summary>
/// xunit's own framework, plus one thing at the end of the run: the PostgreSQL server the run started is
/// stopped and its folder removed. (A process-exit handler is too late: the test host is ended first.)
/// </summary>
public sealed class TestRunFramework : XunitTestFramework
{
    public TestRunFramework(IMessageSink messageSink) : base(messageSink) =>
        DisposalTracker.Add(new StopServerAtEnd());

    private sealed class StopServerAtEnd : IDisposable
    {
        public void Dispose() => Task.Run(TestDatabaseServer.StopAsync).GetAwaiter().GetResult();
    }
}
