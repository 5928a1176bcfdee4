using Google.Protobuf;
using Scheduling.Api.Mapping;
using Scheduling.Domain.Units;

namespace Scheduling.Api.Storage.Encoding;

/// <summary>
/// A stored absence as the store keeps it, the contract's message (<see cref="V1.Absence"/>), so an absence stored before
/// reads the same; stored without its etag, which is the checksum of these bytes.
/// </summary>
internal static class AbsenceEncoding
{
    /// <summary>The stored bytes as the absence, with their etag.</summary>
    public static Absence Read(byte[] body) => AbsenceMapping.ToDomain(V1.Absence.Parser.ParseFrom(body)).Absence with { Etag = Etags.Of(body) };

    /// <summary>The row of <paramref name="absence"/> under <paramref name="unit"/>.</summary>
    public static ResourceRow Row(string unit, Absence absence) =>
        new(absence.Name, unit, ResourceCollections.Absences, AbsenceMapping.ToProto(absence with { Etag = "" }).ToByteArray());

    /// <summary>The name of a stored employee (to tell whether an absence's employee is one of the unit's).</summary>
    public static string EmployeeName(byte[] body) => ResourceEncoding.Employee.Read(body).Name;
}
