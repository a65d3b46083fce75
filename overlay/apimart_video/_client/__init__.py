"""The facade: `VideoClient` and `AsyncVideoClient`, and what they share.

Owns `clients` (the two clients over one shared core: the mode helpers, submit, wait,
download) and `threaded` (an async transport over a sync `httpx.Client`, so a batch can
run on a sync client's connection). A batch is made by `VideoClient.batch()`, which
imports `apimart_video.batch` when called (downward: the batch never imports the client).

Never imports: apimart_video.cli, apimart_video.testing
"""
