"""A Base64 data URI in an image field is sent as given, never taken for a local file.

Hailuo's frames and Omni-Flash-Ext's `image_urls` take `data:image/...;base64,...`; the
client must not look for a file of that name, and the family's rules decide (wan2.7's
fields take URLs only, so there the rules refuse it).
"""

from __future__ import annotations

from typing import Any

import pytest

from apimart_video import InvalidRequestError, check_request
from apimart_video._request.local_files import local_images, may_name_files

DATA_URI = "data:image/png;base64,iVBORw0KGgo="
BODIES: list[dict[str, Any]] = [
    {"model": "MiniMax-Hailuo-2.3", "prompt": "x", "first_frame_image": DATA_URI},
    {"model": "MiniMax-Hailuo-02", "prompt": "x", "first_frame_image": DATA_URI},
    {"model": "Omni-Flash-Ext", "prompt": "x", "image_urls": [DATA_URI]},
]


@pytest.mark.parametrize("body", BODIES, ids=lambda body: body["model"])
def test_a_data_uri_is_no_local_file_and_the_rules_accept_it(body: dict[str, Any]) -> None:
    assert not may_name_files(body, model=body["model"])
    assert local_images(body, model=body["model"]) == {}
    check_request(body)


def test_a_data_uri_where_the_family_takes_urls_only_is_refused_by_the_rules() -> None:
    body = {"model": "wan2.7", "image_urls": [DATA_URI]}
    assert local_images(body, model="wan2.7") == {}
    with pytest.raises(InvalidRequestError) as raised:
        check_request(body)
    assert raised.value.fields == ("image_urls[0]",)
