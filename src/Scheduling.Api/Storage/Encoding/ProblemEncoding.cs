using Google.Protobuf;
using Scheduling.Api.Mapping;
using Scheduling.Domain.Files;

namespace Scheduling.Api.Storage.Encoding;

/// <summary>
/// A job's problem as the store keeps it: the problem file as the contract's problem message (its canonical JSON form,
/// <see cref="ProblemFileMapping"/>), the bytes every job has been stored with, so a job stored before the store spoke
/// problem files reads as it did.
/// </summary>
internal static class ProblemEncoding
{
    public static byte[] Encode(ProblemFile file) => Encode(ProblemFileMapping.ToProto(file));

    /// <summary>The bytes of a problem message as it is (tests write stored data this way).</summary>
    public static byte[] Encode(V1.Problem problem) => problem.ToByteArray();

    /// <summary>
    /// The stored problem file, each wish once (<see cref="ProblemFiles.CollapseWishes"/>);
    /// <see cref="Domain.ProblemValidationException"/> when the message has a field the file has no place for.
    /// </summary>
    public static ProblemFile Decode(byte[] body)
    {
        var file = ProblemFileMapping.ToFile(V1.Problem.Parser.ParseFrom(body));
        ProblemFiles.CollapseWishes(file);
        return file;
    }
}
