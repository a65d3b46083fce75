"""Getting a finished video's bytes: targets and safe names, partial files, the `Download`.

Owns `transfer`: the `Download` state machine (resume with `Range`/`If-Range`, the part
file's record, the checks on every answer) and the one download retry loop, which the
sync and async clients and the batch drive with their own I/O.

Never imports: apimart_video._waiting, apimart_video._client, apimart_video.batch,
    apimart_video.cli, apimart_video.testing
"""
