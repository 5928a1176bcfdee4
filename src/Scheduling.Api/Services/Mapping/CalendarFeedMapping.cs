using Google.Protobuf.WellKnownTypes;
using Scheduling.Api.Application.Calendars;
using Scheduling.Api.V1;

namespace Scheduling.Api.Services.Mapping;

/// <summary>An employee's calendar feed (<see cref="CalendarFeedLink"/>) as the contract's <see cref="MyCalendarFeed"/>.</summary>
public static class CalendarFeedMapping
{
    public static MyCalendarFeed ToProto(CalendarFeedLink link)
    {
        var feed = new MyCalendarFeed { CreateTime = Timestamp.FromDateTimeOffset(link.Created.ToDateTimeOffset()) };
        if (link.Path is not null) feed.Path = link.Path;
        if (link.Url is not null) feed.Url = link.Url;
        return feed;
    }
}
