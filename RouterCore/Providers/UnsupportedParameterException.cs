namespace AspireRouter.RouterCore.Providers;

/// <summary>Thrown while building an upstream request that the provider's wire format cannot carry; nothing was sent.</summary>
public sealed class UnsupportedParameterException : Exception
{
    public UnsupportedParameterException()
    {
    }

    public UnsupportedParameterException(string message)
        : base(message)
    {
    }

    public UnsupportedParameterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static UnsupportedParameterException For(string parameter, ProviderOptions provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return new UnsupportedParameterException($"{provider.Name} ({provider.Kind}) does not accept '{parameter}'.");
    }
}
