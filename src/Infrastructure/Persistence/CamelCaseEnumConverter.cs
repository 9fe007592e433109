using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PartnerCrm.Infrastructure.Persistence;

/// <summary>Stores an enum as its camelCase name, e.g. <c>WageSubsidy</c> as <c>wageSubsidy</c>.</summary>
public sealed class CamelCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => JsonNamingPolicy.CamelCase.ConvertName(value.ToString()),
    text => Enum.Parse<TEnum>(text, true))
    where TEnum : struct, Enum;
