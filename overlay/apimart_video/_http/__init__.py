"""Sending one request and reading its answer.

Owns `sender` (joins the URL, adds the key, retries what surely did not start or is safe to
repeat, keeps the deadline, maps failures to typed errors), `retry` (`RetryPolicy`, the one
backoff, the one `Retry-After` cap, the one set of transient errors), `deadline` (a
`wait()`'s deadline), `idempotency` (the one way a key is made and checked), `boundary`
(the one place an answer is read: it leaves as a typed result or an `APIMartError`) and
`parsing` (the raw reading the error classes need too; it imports nothing of the package).
Knows nothing of polling, downloads, the clients or batches.

Never imports: apimart_video._waiting, apimart_video._download, apimart_video._client,
    apimart_video.batch, apimart_video.cli, apimart_video.testing
"""
