"""Many generations as one run: jobs, the journal, pacing, one poll schedule, the runner.

Owns `jobs` (reading and checking the rows), `journal` (SQLite: every job's state, so a
run resumes), `pacing` (the adaptive request rate), `schedule` (one poll loop for every
task), `downloads` (resumable part files) and `runner` (`Batch`, `BatchSummary`).
Sits below the clients: what it needs from one is the small interface in `api`, built
by the client; it never reads a client's private attributes.

Never imports: apimart_video._client, apimart_video.cli, apimart_video.testing
"""
