using AspireRouter.AdminPortal.Authentication;

namespace AspireRouter.AdminPortal.Tests.Authentication;

public sealed class OperatorSessionValidatorTests
{
    [Fact]
    public async Task AFreshSession_IsValid_UntilTheOperatorSignsOutAnywhere()
    {
        await using var services = await SessionServices.StartAsync();
        var session = await services.SignInAsync();

        Assert.Equal(SessionVerdict.Valid, await services.Validator.ValidateAsync(session));
        Assert.True(await services.Generations.EndAllAsync(AdminSignIn.AdminName));

        Assert.Equal(SessionVerdict.SignedOut, await services.Validator.ValidateAsync(session));
        Assert.Equal(SessionVerdict.Valid, await services.Validator.ValidateAsync(await services.SignInAsync()));
    }

    [Fact]
    public async Task ASessionOpenedWithTheOldPassword_EndsWhenThePasswordChanges()
    {
        await using var before = await SessionServices.StartAsync(password: "the-old-password");
        var session = await before.SignInAsync();
        var after = new OperatorSessionValidator(
            before.Generations,
            new AdminPasswordVerifier(Microsoft.Extensions.Options.Options.Create(new AdminOptions { Password = "the-new-password" })),
            Microsoft.Extensions.Options.Options.Create(before.Options),
            before.Time);

        Assert.Equal(SessionVerdict.Valid, await before.Validator.ValidateAsync(session));
        Assert.Equal(SessionVerdict.PasswordChanged, await after.ValidateAsync(session));
    }

    [Fact]
    public async Task ASession_EndsAtItsAbsoluteLifetime()
    {
        await using var services = await SessionServices.StartAsync();
        var session = await services.SignInAsync();

        services.Time.Advance(services.Options.SessionLifetime - TimeSpan.FromSeconds(1));
        Assert.Equal(SessionVerdict.Valid, await services.Validator.ValidateAsync(session));
        services.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(SessionVerdict.LifetimeOver, await services.Validator.ValidateAsync(session));
    }

    [Fact]
    public async Task WhileRedisIsUnreachable_ASessionLastsTheGrace_ThenEnds()
    {
        await using var services = await SessionServices.StartAsync();
        var session = await services.SignInAsync();
        Assert.Equal(SessionVerdict.Valid, await services.Validator.ValidateAsync(session));

        services.Redis.Kill();
        services.Time.Advance(services.Options.UnreachableStoreGrace);
        Assert.Equal(SessionVerdict.Valid, await services.Validator.ValidateAsync(session));
        services.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(SessionVerdict.StoreUnreachable, await services.Validator.ValidateAsync(session));
        Assert.Null(await services.Generations.ForSignInAsync(AdminSignIn.AdminName));
    }
}
