using Mediator;

namespace PartnerCrm.Web.Pages.Candidates.Sections;

/// <summary>
/// The candidate's page reads its sections' data one query at a time: the sections start together, and they
/// share the request's database context, which answers one query at a time.
/// </summary>
public sealed class OneAtATime(ISender sender)
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    public async Task<T> SendAsync<T>(IQuery<T> query)
    {
        await _turn.WaitAsync();
        try
        {
            return await sender.Send(query);
        }
        finally
        {
            _turn.Release();
        }
    }
}
