"""What a request is, before anything is sent: the rules, the mode builders, the spec's values.

Owns `rules` (`check_request`: the body's `model` picks its family), `fields` (each field
against its schema), `family` (what a family is: its values, conflicts, modes), `families/`
(one rules file per model family), `modes` (the body each mode helper builds), `local_files`
(which fields may name a local image, and what an image is) and `spec_values` (the spec's
enums, bounds and families, written by `make generate`: never edited by hand).
Knows nothing of HTTP: a request is checked the same way whether or not it is ever sent.

Never imports: apimart_video._http, apimart_video._waiting, apimart_video._download,
    apimart_video._client, apimart_video.batch, apimart_video.cli, apimart_video.testing
"""
