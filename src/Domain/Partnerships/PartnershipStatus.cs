namespace PartnerCrm.Domain.Partnerships;

public enum PartnershipStatus
{
    Prospect,
    Negotiating,
    Active,
    Paused,
    Ended,
}
