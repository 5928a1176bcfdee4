using Google.Rpc;
using Scheduling.Api.Application;
using Scheduling.Api.Services.Mapping;
using Scheduling.Domain;

namespace Scheduling.Api.Tests;

/// <summary>
/// The use cases refuse in their own terms (<see cref="ApiException"/>); the service edge sends each as the google.rpc
/// status and detail clients have always read (AIP-193): these pin that mapping, code and detail by kind.
/// </summary>
public class ErrorMappingTests
{
    [Fact]
    public void Invalid_argument_is_a_BadRequest_with_the_field_paths_under_the_prefix()
    {
        var ex = ErrorMapping.ToRpc(ApiErrors.InvalidArgument([new ProblemError("employees[2].employmentRate", "must be above 0"), new ProblemError("[0]", "bad")], "problem"));
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Equal("2 invalid fields, first problem.employees[2].employmentRate: must be above 0", ex.Status.Detail);
        var violations = ex.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations;
        Assert.Equal(["problem.employees[2].employmentRate", "problem[0]"], violations.Select(v => v.Field));
        Assert.Equal("must be above 0", violations[0].Description);
    }

    [Fact]
    public void Not_found_names_the_resource_and_says_why_when_told()
    {
        var plain = ErrorMapping.ToRpc(ApiErrors.NotFound("units/x"));
        Assert.Equal(StatusCode.NotFound, plain.StatusCode);
        Assert.Equal("units/x does not exist", plain.Status.Detail);
        Assert.Equal(("units/x", "not found"), (plain.GetRpcStatus()!.GetDetail<ResourceInfo>()!.ResourceName, plain.GetRpcStatus()!.GetDetail<ResourceInfo>()!.Description));

        var told = ErrorMapping.ToRpc(ApiErrors.NotFound("rosters/r", "no roster is published yet"));
        Assert.Equal("no roster is published yet", told.GetRpcStatus()!.GetDetail<ResourceInfo>()!.Description);
    }

    [Fact]
    public void Precondition_etag_and_retry_details_keep_their_shape()
    {
        var precondition = ErrorMapping.ToRpc(ApiErrors.FailedPrecondition("window closed", [new ProblemError("units/u/wishWindows/w", "open 2027-01-01 to 2027-01-31")], "WINDOW"));
        Assert.Equal(StatusCode.FailedPrecondition, precondition.StatusCode);
        var violation = Assert.Single(precondition.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations);
        Assert.Equal(("WINDOW", "units/u/wishWindows/w"), (violation.Type, violation.Subject));

        var aborted = ErrorMapping.ToRpc(ApiErrors.Aborted("rosters/r"));
        Assert.Equal(StatusCode.Aborted, aborted.StatusCode);
        var info = aborted.GetRpcStatus()!.GetDetail<ErrorInfo>()!;
        Assert.Equal(("ETAG_MISMATCH", "rosters/r"), (info.Reason, info.Metadata["resource"]));

        var full = ErrorMapping.ToRpc(ApiErrors.ResourceExhausted("the queue is full", TimeSpan.FromSeconds(5)));
        Assert.Equal(StatusCode.ResourceExhausted, full.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), full.GetRpcStatus()!.GetDetail<RetryInfo>()!.RetryDelay.ToTimeSpan());

        Assert.Equal(StatusCode.PermissionDenied, ErrorMapping.ToRpc(ApiErrors.PermissionDenied("no")).StatusCode);
        Assert.Equal(StatusCode.Unavailable, ErrorMapping.ToRpc(ApiErrors.Unavailable("later")).StatusCode);
    }

    [Fact]
    public void A_batch_renames_an_error_and_keeps_its_details()
    {
        var renamed = ApiErrors.InvalidArgument("period.days", "must be positive").WithMessage("units[1] (units/b): period.days: must be positive");
        var ex = ErrorMapping.ToRpc(renamed);
        Assert.Equal("units[1] (units/b): period.days: must be positive", ex.Status.Detail);
        Assert.Equal("period.days", Assert.Single(ex.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations).Field);
    }
}
