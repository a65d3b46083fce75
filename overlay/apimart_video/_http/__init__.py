"""Sending one request and reading its answer.

Owns `sender` (joins the URL, adds the key, retries what surely did not start or is safe to
repeat, keeps the deadline) and `boundary` (the one place an answer is parsed: it leaves as
a typed result or an `APIMartError`; nothing else in the package touches raw JSON).
Knows nothing of polling, downloads, the clients or batches.

Never imports: apimart_video._waiting, apimart_video._download, apimart_video._client,
    apimart_video.batch, apimart_video.cli, apimart_video.testing
"""
