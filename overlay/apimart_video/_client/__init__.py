"""The facade: `VideoClient` and `AsyncVideoClient`, and what they share.

Owns `base` (what the two clients share: the mode helpers, checks, the waiter and the
download job), `sync` (`VideoClient`), `asynchronous` (`AsyncVideoClient`, and `_ForBatch`:
the interface a batch uses, `apimart_video.batch.api`) and `threaded` (an async transport
over a sync `httpx.Client`, so a batch can run on a sync client's connection). A batch is
made by `VideoClient.batch()`, which imports `apimart_video.batch` when called (downward:
the batch never imports the client).

Never imports: apimart_video.cli, apimart_video.testing
"""
