using Scheduling.Api.Hosting;

// The Scheduling service: gRPC on http://localhost:5080 (HTTP/2), JSON transcoding on
// http://localhost:5081 (HTTP/1.1). Settings: appsettings.json, section "Scheduling".
// Settings come from the app's own folder, whatever the working directory; the data directory is
// relative to the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddScheduling();
var app = builder.Build();
app.MapScheduling();
app.Run();

/// <summary>The entry point, visible to the in-memory test server.</summary>
public partial class Program;
