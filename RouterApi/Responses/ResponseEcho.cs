namespace AspireRouter.RouterApi.Responses;

/// <summary>What every response object of one request repeats: its id, when it was created, and the request's settings.</summary>
internal sealed record ResponseEcho(string Id, long CreatedAt, ResponsesRequest Request);
