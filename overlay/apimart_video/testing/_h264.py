"""A flat H.264 stream of any size and length, written bit by bit (no encoder library).

The reference server needs a real video of the size and length a request asks for, for
any model, fast and small. A picture of one colour needs almost nothing of H.264: one IDR
frame whose macroblocks are all Intra 16x16 with DC prediction and no residual (mid-grey,
one byte per macroblock), then P frames whose macroblocks are all skipped (a few bytes
each). Constrained Baseline profile, CAVLC, picture order type 2; the size is cropped from
whole macroblocks, so any even width and height works. ITU-T H.264 (08/2021) sections cited.
"""

from __future__ import annotations

from typing import Final

import attrs

PROFILE_BASELINE: Final = 66
CONSTRAINED_BASELINE_FLAGS: Final = 0b1100_0000
"""constraint_set0_flag and constraint_set1_flag (7.3.2.1.1): Constrained Baseline."""
LOG2_MAX_FRAME_NUM: Final = 16
# (level_idc, MaxFS in macroblocks, MaxMBPS), Table A-1: the first that holds the picture.
LEVELS: Final = (
    (10, 99, 1485),
    (11, 396, 3000),
    (21, 792, 19800),
    (22, 1620, 20250),
    (31, 3600, 108000),
    (32, 5120, 216000),
    (40, 8192, 245760),
    (50, 22080, 589824),
    (51, 36864, 983040),
    (60, 139264, 4177920),
)
NAL_SPS: Final = 7
NAL_PPS: Final = 8
NAL_IDR: Final = 5
NAL_NON_IDR: Final = 1
SLICE_P: Final = 5  # slice_type 5..9: every slice of the picture has that type (7.4.3)
SLICE_I: Final = 7
GREY_MACROBLOCK: Final = "00100" + "1" + "1" + "1"
"""mb_type I_16x16_2_0_0 ue(3) (DC prediction, no coded luma or chroma: Table 7-11),
intra_chroma_pred_mode ue(0) (DC), mb_qp_delta se(0), and the Intra16x16DCLevel block's
coeff_token for no coefficient at nC 0 ("1", Table 9-5). With no neighbour, DC prediction
is 128: mid-grey; with neighbours, their mean: mid-grey again."""


class _Bits:
    """An RBSP written MSB first."""

    def __init__(self) -> None:
        self._bits: list[str] = []

    def u(self, width: int, value: int) -> None:
        self._bits.append(format(value, f"0{width}b"))

    def ue(self, value: int) -> None:
        """Exp-Golomb, unsigned (9.1)."""
        code = format(value + 1, "b")
        self._bits.append("0" * (len(code) - 1) + code)

    def se(self, value: int) -> None:
        """Exp-Golomb, signed (9.1.1)."""
        self.ue(2 * value - 1 if value > 0 else -2 * value)

    def raw(self, bits: str) -> None:
        self._bits.append(bits)

    def trailing(self) -> bytes:
        """rbsp_trailing_bits: a stop bit, then zeros to the byte boundary."""
        text = "".join(self._bits) + "1"
        text += "0" * (-len(text) % 8)
        return int(text, 2).to_bytes(len(text) // 8, "big")


def nal_unit(nal_type: int, ref_idc: int, rbsp: bytes) -> bytes:
    """A NAL unit: its header byte and the RBSP with emulation prevention (7.4.1)."""
    out = bytearray([(ref_idc << 5) | nal_type])
    zeros = 0
    for byte in rbsp:
        if zeros >= 2 and byte <= 3:
            out.append(3)
            zeros = 0
        out.append(byte)
        zeros = zeros + 1 if byte == 0 else 0
    return bytes(out)


def level_for(macroblocks: int, fps: int) -> int:
    """The lowest level whose frame size and macroblock rate hold the stream."""
    for level, max_frame, max_rate in LEVELS:
        if macroblocks <= max_frame and macroblocks * fps <= max_rate:
            return level
    raise ValueError(f"a {macroblocks}-macroblock picture at {fps} fps exceeds every level")


@attrs.frozen
class FlatStream:
    """The parameter sets and the frames of a flat picture of `width` x `height`."""

    width: int
    height: int
    fps: int

    def __attrs_post_init__(self) -> None:
        if self.width < 2 or self.height < 2 or self.width % 2 or self.height % 2:
            raise ValueError(f"width and height must be even and >= 2, not {self}")

    @property
    def macroblocks_across(self) -> int:
        return -(-self.width // 16)

    @property
    def macroblocks_down(self) -> int:
        return -(-self.height // 16)

    @property
    def macroblocks(self) -> int:
        return self.macroblocks_across * self.macroblocks_down

    def sps(self) -> bytes:
        """seq_parameter_set_rbsp (7.3.2.1.1), cropped to the size from whole macroblocks."""
        bits = _Bits()
        bits.u(8, PROFILE_BASELINE)
        bits.u(8, CONSTRAINED_BASELINE_FLAGS)
        bits.u(8, level_for(self.macroblocks, self.fps))
        bits.ue(0)  # seq_parameter_set_id
        bits.ue(LOG2_MAX_FRAME_NUM - 4)
        bits.ue(2)  # pic_order_cnt_type: output order is decoding order
        bits.ue(1)  # max_num_ref_frames
        bits.u(1, 0)  # gaps_in_frame_num_value_allowed_flag
        bits.ue(self.macroblocks_across - 1)
        bits.ue(self.macroblocks_down - 1)
        bits.u(1, 1)  # frame_mbs_only_flag
        bits.u(1, 1)  # direct_8x8_inference_flag
        right = (16 * self.macroblocks_across - self.width) // 2  # 4:2:0 crops in 2-pixel units
        bottom = (16 * self.macroblocks_down - self.height) // 2
        bits.u(1, 1 if right or bottom else 0)  # frame_cropping_flag
        if right or bottom:
            for offset in (0, right, 0, bottom):  # left, right, top, bottom
                bits.ue(offset)
        bits.u(1, 0)  # vui_parameters_present_flag
        return nal_unit(NAL_SPS, 3, bits.trailing())

    def pps(self) -> bytes:
        """pic_parameter_set_rbsp (7.3.2.2): CAVLC, one slice group, no weighting."""
        bits = _Bits()
        bits.ue(0)  # pic_parameter_set_id
        bits.ue(0)  # seq_parameter_set_id
        bits.u(1, 0)  # entropy_coding_mode_flag: CAVLC
        bits.u(1, 0)  # bottom_field_pic_order_in_frame_present_flag
        bits.ue(0)  # num_slice_groups_minus1
        bits.ue(0)  # num_ref_idx_l0_default_active_minus1
        bits.ue(0)  # num_ref_idx_l1_default_active_minus1
        bits.u(1, 0)  # weighted_pred_flag
        bits.u(2, 0)  # weighted_bipred_idc
        bits.se(0)  # pic_init_qp_minus26
        bits.se(0)  # pic_init_qs_minus26
        bits.se(0)  # chroma_qp_index_offset
        bits.u(1, 0)  # deblocking_filter_control_present_flag
        bits.u(1, 0)  # constrained_intra_pred_flag
        bits.u(1, 0)  # redundant_pic_cnt_present_flag
        return nal_unit(NAL_PPS, 3, bits.trailing())

    def idr_frame(self) -> bytes:
        """The first frame: one I slice of grey macroblocks (7.3.3, 7.3.5)."""
        bits = _Bits()
        bits.ue(0)  # first_mb_in_slice
        bits.ue(SLICE_I)
        bits.ue(0)  # pic_parameter_set_id
        bits.u(LOG2_MAX_FRAME_NUM, 0)  # frame_num
        bits.ue(0)  # idr_pic_id
        bits.u(1, 0)  # dec_ref_pic_marking: no_output_of_prior_pics_flag
        bits.u(1, 0)  # long_term_reference_flag
        bits.se(0)  # slice_qp_delta
        bits.raw(GREY_MACROBLOCK * self.macroblocks)
        return nal_unit(NAL_IDR, 3, bits.trailing())

    def skipped_frame(self, frame_num: int) -> bytes:
        """A later frame: one P slice whose macroblocks are all skipped (a copy of the last)."""
        bits = _Bits()
        bits.ue(0)  # first_mb_in_slice
        bits.ue(SLICE_P)
        bits.ue(0)  # pic_parameter_set_id
        bits.u(LOG2_MAX_FRAME_NUM, frame_num % (1 << LOG2_MAX_FRAME_NUM))
        bits.u(1, 0)  # num_ref_idx_active_override_flag
        bits.u(1, 0)  # ref_pic_list_modification_flag_l0
        bits.u(1, 0)  # dec_ref_pic_marking: adaptive_ref_pic_marking_mode_flag
        bits.se(0)  # slice_qp_delta
        bits.ue(self.macroblocks)  # mb_skip_run: every macroblock
        return nal_unit(NAL_NON_IDR, 2, bits.trailing())

    def frames(self, count: int) -> list[bytes]:
        """`count` frames as NAL units (the first is the IDR frame)."""
        if count < 1:
            raise ValueError(f"a stream needs at least one frame, not {count}")
        return [self.idr_frame(), *(self.skipped_frame(n) for n in range(1, count))]
