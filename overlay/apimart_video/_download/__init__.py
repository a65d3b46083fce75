"""Getting a finished video's bytes: targets and safe names, partial files, the `Download`.

Owns `files` (the target and its safe name, the partial file and its record, never opened
through a symlink) and `transfer` (the `Download` state machine: resume with
`Range`/`If-Range`, the checks on every answer; and the one download retry loop, with a
sync and an async driver for the clients and the batch).

Never imports: apimart_video._waiting, apimart_video._client, apimart_video.batch,
    apimart_video.cli, apimart_video.testing
"""
