using PartnerCrm.Domain.Common;

namespace PartnerCrm.Domain.Candidates;

/// <summary>Where a person is in the Danish course: a track and a module (1–6).</summary>
public sealed record DanishCourse
{
    public DanishCourse(DanishTrack track, int module)
    {
        if (module is < 1 or > 6) throw new DomainRuleException("moduleOutOfRange", "A Danish course module is 1 to 6.");
        Track = track;
        Module = module;
    }

    public DanishTrack Track { get; }
    public int Module { get; }
}
