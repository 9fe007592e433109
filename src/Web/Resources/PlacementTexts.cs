namespace PartnerCrm.Web.Resources;

/// <summary>Placements (forløb): creating one, its card with its follow-ups, and the changes made on it.</summary>
public sealed class PlacementTexts;
