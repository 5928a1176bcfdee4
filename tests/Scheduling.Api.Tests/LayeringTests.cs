using Scheduling.Api.Application.Solving;
using Scheduling.Api.Storage;

namespace Scheduling.Api.Tests;

/// <summary>
/// The service's arrows point one way, Services → Application → Storage/Domain: nothing in Application or Storage
/// names the service edge (Services, Pages) or the contract's generated types (the proto messages, google.protobuf,
/// google.rpc). Read twice: from the source (every use, bodies included) and by reflection on the built assembly (the
/// types' signatures), so neither a <c>using</c> nor a fully qualified name slips past.
/// </summary>
/// <remarks>
/// One mapping between domain and contract (<c>Scheduling.Api.Mapping</c>) serves both edges, the wire (Services, Pages)
/// and the disk (<c>Storage/Encoding</c>): it names no Application, Services or Pages type, and Storage names it only in
/// its encoding. Proto is leaving Application file by file (issue 16): <see cref="StillOnProto"/> lists the files that
/// still speak it or its mapping.
/// The list may only shrink: a file not on it that starts to use proto fails, and so does a listed file that no longer
/// does (take it off, so the list stays the true count).
/// </remarks>
public partial class LayeringTests
{
    /// <summary>
    /// Application files that still name proto types or the contract mapping (<c>Scheduling.Api.Mapping</c>), to speak
    /// domain types with the mapping made at the edge.
    /// </summary>
    private static readonly string[] StillOnProto =
    [
        "Application/Units/Resources.cs",
        "Application/Units/UnitProblems.cs",
    ];

    private static readonly string ApiSource = Path.Combine(TestPaths.Root, "src", "Scheduling.Api");

    /// <summary>A use of a generated contract type: the V1 namespace (qualified or imported), google.protobuf, google.rpc.</summary>
    [GeneratedRegex(@"\bV1\.|\bScheduling\.Api\.V1\b|\bGoogle\.Protobuf\b|\bGoogle\.Rpc\b|\bIMessage\b")]
    private static partial Regex ProtoUse();

    /// <summary>A use of the contract mapping's namespace.</summary>
    [GeneratedRegex(@"\bScheduling\.Api\.Mapping\b|\bMapping\.[A-Z]")]
    private static partial Regex MappingUse();

    /// <summary>A use of the application's namespace (a <c>using</c>, a qualified name).</summary>
    [GeneratedRegex(@"\bScheduling\.Api\.Application\b|\bApplication\.[A-Z]\w*")]
    private static partial Regex ApplicationUse();

    /// <summary>A use of the service edge's namespaces.</summary>
    [GeneratedRegex(@"\bScheduling\.Api\.(Services|Pages)\b|^\s*using\s+Scheduling\.Api\.(Services|Pages)\b", RegexOptions.Multiline)]
    private static partial Regex EdgeUse();

    private static IEnumerable<(string Path, string Text)> Sources(string folder) =>
        Directory.EnumerateFiles(Path.Combine(ApiSource, folder), "*.cs", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(ApiSource, f).Replace('\\', '/'), File.ReadAllText(f)));

    /// <summary>The code of a file without its comments, so a doc comment may speak of a proto message.</summary>
    private static string Code(string text) => Regex.Replace(text, @"//.*?$|/\*.*?\*/", "", RegexOptions.Multiline | RegexOptions.Singleline);

    [Theory]
    [InlineData("Application")]
    [InlineData("Storage")]
    public void Application_and_storage_do_not_name_services_or_pages(string folder)
    {
        var offenders = Sources(folder).Where(s => EdgeUse().IsMatch(Code(s.Text))).Select(s => s.Path).ToList();
        Assert.Empty(offenders);
    }

    /// <summary>The one folder of Storage that encodes the stored bytes as the contract's messages (issue 16).</summary>
    private const string Encoding = "Storage/Encoding/";

    [Fact]
    public void Storage_outside_its_encoding_does_not_name_proto_types()
    {
        var offenders = Sources("Storage").Where(s => !s.Path.StartsWith(Encoding, StringComparison.Ordinal) && ProtoUse().IsMatch(Code(s.Text))).Select(s => s.Path).ToList();
        Assert.Empty(offenders);
        // The exception is real: the encoding is where the messages are named.
        Assert.Contains(Sources("Storage"), s => s.Path.StartsWith(Encoding, StringComparison.Ordinal) && ProtoUse().IsMatch(Code(s.Text)));
    }

    [Fact]
    public void Storage_outside_its_encoding_does_not_name_the_contract_mapping()
    {
        var offenders = Sources("Storage").Where(s => !s.Path.StartsWith(Encoding, StringComparison.Ordinal) && MappingUse().IsMatch(Code(s.Text))).Select(s => s.Path).ToList();
        Assert.Empty(offenders);
        Assert.Contains(Sources("Storage"), s => s.Path.StartsWith(Encoding, StringComparison.Ordinal) && MappingUse().IsMatch(Code(s.Text)));
    }

    [Fact]
    public void The_contract_mapping_names_no_application_service_or_page()
    {
        var sources = Sources("Mapping").ToList();
        Assert.NotEmpty(sources);
        Assert.Empty(sources.Where(s => EdgeUse().IsMatch(Code(s.Text))).Select(s => s.Path));
        Assert.Empty(sources.SelectMany(s => ApplicationUse().Matches(Code(s.Text)).Select(m => $"{s.Path}: {m.Value}")));
        Assert.Empty(SignatureUses("Scheduling.Api.Mapping", t => IsEdge(t) || t.Namespace?.StartsWith("Scheduling.Api.Application", StringComparison.Ordinal) == true));
    }

    [Fact]
    public void Only_the_listed_application_files_still_name_proto_types()
    {
        var onProto = Sources("Application").Where(s => ProtoUse().IsMatch(Code(s.Text)) || MappingUse().IsMatch(Code(s.Text))).Select(s => s.Path).Order(StringComparer.Ordinal).ToList();
        Assert.Empty(onProto.Except(StillOnProto));
        // A file moved off proto comes off the list, so the list is the true count.
        Assert.Empty(StillOnProto.Except(onProto));
    }

    [Fact]
    public void The_source_check_sees_a_proto_use_and_an_edge_use()
    {
        // The patterns must catch what they are for, or the checks above pass on anything.
        Assert.Matches(ProtoUse(), "var job = new V1.SolveJob();");
        Assert.Matches(ProtoUse(), "using Scheduling.Api.V1;");
        Assert.Matches(ProtoUse(), "using Google.Protobuf.WellKnownTypes;");
        Assert.Matches(EdgeUse(), "using Scheduling.Api.Services;");
        Assert.Matches(EdgeUse(), "x = Scheduling.Api.Pages.Review.Texts.Title;");
        Assert.Matches(MappingUse(), "using Scheduling.Api.Mapping;");
        Assert.Matches(MappingUse(), "var r = Mapping.RosterMapping.Date(d);");
        Assert.Matches(ApplicationUse(), "using Scheduling.Api.Application.Review;");
        Assert.Equal("Application.UnitMapping", ApplicationUse().Match("p = Application.UnitMapping.ToProto(pool);").Value);
        Assert.DoesNotMatch(ProtoUse(), Code("/// <summary>The V1.Roster message.</summary>\nvar x = 1; // Google.Protobuf"));
    }

    /// <summary>Types whose signatures (fields, properties, method parameters and returns, bases) name a type from <paramref name="banned"/>.</summary>
    private static List<string> SignatureUses(string layerNamespace, Func<Type, bool> banned, Func<Type, bool>? skipped = null)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var found = new List<string>();
        foreach (var type in LayerTypes(layerNamespace).Where(t => skipped?.Invoke(t) != true))
        {
            var named = new List<Type>();
            if (type.BaseType is { } b) named.Add(b);
            named.AddRange(type.GetInterfaces());
            named.AddRange(type.GetFields(all).Select(f => f.FieldType));
            named.AddRange(type.GetProperties(all).Select(p => p.PropertyType));
            foreach (var m in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                named.AddRange(m.GetParameters().Select(p => p.ParameterType));
                if (m is MethodInfo info) named.Add(info.ReturnType);
            }

            found.AddRange(named.SelectMany(Unwrap).Where(banned).Select(t => $"{type.FullName} names {t.FullName}"));
        }

        return found;
    }

    private static IEnumerable<Type> LayerTypes(string layerNamespace) =>
        typeof(SolveJobs).Assembly.GetTypes().Where(t => t.Namespace?.StartsWith(layerNamespace, StringComparison.Ordinal) == true);

    private const string EncodingNamespace = "Scheduling.Api.Storage.Encoding";

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType) return Unwrap(type.GetElementType()!);
        if (type.IsGenericType) return type.GetGenericArguments().SelectMany(Unwrap).Prepend(type.GetGenericTypeDefinition());
        return [type];
    }

    private static bool IsEdge(Type t) => t.Namespace is { } ns && (ns.StartsWith("Scheduling.Api.Services", StringComparison.Ordinal) || ns.StartsWith("Scheduling.Api.Pages", StringComparison.Ordinal));

    private static bool IsProto(Type t) =>
        t.Assembly == typeof(V1.Problem).Assembly || t.Assembly == typeof(Google.Protobuf.IMessage).Assembly || t.Assembly == typeof(Google.Rpc.BadRequest).Assembly;

    [Theory]
    [InlineData("Scheduling.Api.Application")]
    [InlineData("Scheduling.Api.Storage")]
    public void No_application_or_storage_signature_names_a_service_or_page_type(string layer) => Assert.Empty(SignatureUses(layer, IsEdge));

    [Fact]
    public void No_storage_signature_outside_the_internal_encoding_names_a_proto_type()
    {
        Assert.Empty(SignatureUses("Scheduling.Api.Storage", IsProto, skipped: t => t.Namespace == EncodingNamespace));
        // The encoding names the messages and is seen from nowhere outside the assembly.
        Assert.NotEmpty(SignatureUses(EncodingNamespace, IsProto));
        Assert.DoesNotContain(LayerTypes(EncodingNamespace), t => t.IsVisible);
        // The reflection sees what it is for: the services, the edge, name proto messages.
        Assert.NotEmpty(SignatureUses("Scheduling.Api.Services", IsProto));
    }

    [Fact]
    public void The_store_interface_names_no_proto_type() =>
        Assert.DoesNotContain(typeof(ISchedulingStore).GetMethods().SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)).SelectMany(Unwrap), IsProto);
}
