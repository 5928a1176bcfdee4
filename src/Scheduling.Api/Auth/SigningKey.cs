using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Scheduling.Api.Application;
using Scheduling.Api.V1.Auth;

namespace Scheduling.Api.Auth;

/// <summary>
/// The key tokens are signed with: <see cref="AuthOptions.SigningKey"/>, or else the data directory's key
/// file, made on first start so a fresh clone needs no set-up (<c>scheduling token</c> reads the same file).
/// </summary>
public sealed class SigningKey
{
    public SigningKey(IOptions<AuthOptions> auth, IOptions<SchedulingOptions> scheduling, ILogger<SigningKey> log)
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
            text = ReadOrCreate(path, out var created);
            Source = path;
            if (created) AuthLog.SigningKeyCreated(log, path);
        }

        if (Encoding.UTF8.GetByteCount(text) < SchedulingAuth.MinimumKeyBytes)
            throw new InvalidOperationException($"the signing key from {Source} is too short: at least {SchedulingAuth.MinimumKeyBytes} bytes");
        Key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(text));
    }

    public SymmetricSecurityKey Key { get; }

    /// <summary>Where the key came from: the setting's name or the file's path (never the key).</summary>
    public string Source { get; }

    /// <summary>The key in the file, or a new random one written to it, readable and writable by the owner only.</summary>
    public static string ReadOrCreate(string path, out bool created)
    {
        created = false;
        if (File.Exists(path)) return File.ReadAllText(path).Trim();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var text = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(64));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var file = new StreamWriter(path, Encoding.ASCII, options);
            file.Write(text);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process made it first: use theirs.
            return File.ReadAllText(path).Trim();
        }

        created = true;
        return text;
    }
}
