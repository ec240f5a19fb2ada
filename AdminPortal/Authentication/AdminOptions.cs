namespace AspireRouter.AdminPortal.Authentication;

/// <summary>The <c>Admin</c> section: the operator's password (the AppHost passes its <c>admin-password</c> parameter).</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";
    public const int MinPasswordLength = 8;

    public string Password { get; set; } = "";

    public override string ToString() => $"Admin (password {(Password.Length == 0 ? "not set" : "set")})";
}
