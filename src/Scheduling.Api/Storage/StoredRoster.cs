using NodaTime;
using Scheduling.Domain.Review;

namespace Scheduling.Api.Storage;

/// <summary>
/// A roster as the store keeps it: its name (<c>rosters/…</c>), unit (empty for an inline problem), the job that made
/// it, its review <see cref="ReviewState"/> and period's first day (what queries select by; null for a row stored before
/// the store kept them, which the application tells apart by the body), and its content (<c>Body</c>: assignments and
/// report, bytes the application encodes and the store never reads). <c>Etag</c>, read: the checksum of the body
/// (<see cref="Etags"/>); written: empty for a new roster, else the etag it was read with, so the write is made only to
/// the roster as it was read.
/// </summary>
public sealed record StoredRoster(string Name, string Unit, string Job, ReviewState? Stage, LocalDate? PeriodStart, byte[] Body, string Etag);
