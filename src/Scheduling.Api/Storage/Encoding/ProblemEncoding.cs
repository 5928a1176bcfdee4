using Google.Protobuf;
using Scheduling.Api.Mapping;
using Scheduling.Domain;

namespace Scheduling.Api.Storage.Encoding;

/// <summary>
/// A job's problem as the store keeps it: the contract's problem message, read as the domain problem through its
/// canonical JSON form (<see cref="ProblemFileMapping"/>).
/// </summary>
internal static class ProblemEncoding
{
    public static byte[] Encode(V1.Problem problem) => problem.ToByteArray();

    /// <summary>The stored problem file, each wish once (<see cref="ProblemFileMapping.CollapseWishes"/>).</summary>
    public static V1.Problem Decode(byte[] body)
    {
        var file = V1.Problem.Parser.ParseFrom(body);
        ProblemFileMapping.CollapseWishes(file);
        return file;
    }

    /// <summary>The domain problem of a problem file; <see cref="ProblemValidationException"/> naming each bad field.</summary>
    public static RosterProblem Read(V1.Problem file) => ProblemFileMapping.Read(file);
}
