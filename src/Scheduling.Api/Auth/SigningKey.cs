using Scheduling.Api.Application;
using Scheduling.Api.Storage;
using Scheduling.Api.V1.Auth;

namespace Scheduling.Api.Auth;

/// <summary>
/// The key tokens are signed with: <see cref="AuthOptions.SigningKey"/>, or else the one in the shared store (setting
/// <see cref="StoreSetting"/>), made on the first start of the first node so a fresh clone needs no set-up and every
/// node of a cluster signs and checks with the same key. The data directory's key file is a copy of it for
/// <c>scheduling token</c> on this machine (and, when the store has none yet, the key it starts with, so tokens minted
/// before the key moved into the store stay valid).
/// </summary>
public sealed class SigningKey
{
    /// <summary>The store's setting that holds the key when it is not configured.</summary>
    public const string StoreSetting = "auth.signing-key";

    public SigningKey(IOptions<AuthOptions> auth, IOptions<SchedulingOptions> scheduling, ISchedulingStore store, ILogger<SigningKey> log)
    {
        var configured = auth.Value.SigningKey;
        string text;
        if (!string.IsNullOrEmpty(configured))
        {
            text = configured;
            Source = $"{AuthOptions.Section}:SigningKey";
        }
        else
        {
            var path = Path.GetFullPath(Path.Combine(scheduling.Value.DataDirectory, SchedulingAuth.KeyFileName));
            var local = File.Exists(path) ? File.ReadAllText(path).Trim() : null;
            var created = false;
            // Once, at start, before the server takes requests: nothing to block but the start itself.
            text = store.ChangeSettingAsync(StoreSetting, stored =>
            {
                if (!string.IsNullOrEmpty(stored)) return stored;
                created = local is null;
                return local ?? Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(64));
            }, CancellationToken.None).GetAwaiter().GetResult();
            Source = $"the store's setting {StoreSetting}";
            if (local != text) WriteCopy(path, text);
            if (created) AuthLog.SigningKeyCreated(log, path);
        }

        if (Encoding.UTF8.GetByteCount(text) < SchedulingAuth.MinimumKeyBytes)
            throw new InvalidOperationException($"the signing key from {Source} is too short: at least {SchedulingAuth.MinimumKeyBytes} bytes");
        Key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(text));
    }

    public SymmetricSecurityKey Key { get; }

    /// <summary>Where the key came from: the setting's name or the file's path (never the key).</summary>
    public string Source { get; }

    /// <summary>Writes the key's copy for the CLI, readable and writable by the owner only (replacing an older one).</summary>
    private static void WriteCopy(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var file = new StreamWriter(temporary, Encoding.ASCII, options)) file.Write(text);
        File.Move(temporary, path, overwrite: true);
    }
}
