"""When to ask again: the adaptive poll policy and the per-task `Waiter`, with no I/O.

Both clients and the batch's schedule drive a `Waiter` with their own sleep and request;
the decisions (when to poll, when a failure ends the wait) live here only.

Never imports: apimart_video._download, apimart_video._client, apimart_video.batch,
    apimart_video.cli, apimart_video.testing
"""
