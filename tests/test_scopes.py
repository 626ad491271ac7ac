"""The scope_sum kind (TC311): a total against its goods and services parts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import findings_of

TEXT = (
    "In the three months to September 2025 the UK trade {total_word} was £{total:.1f} billion. "
    "The trade in goods {goods_word} was £{goods:.1f} billion in the three months to September 2025; "
    "the trade in services {services_word} was £{services:.1f} billion."
)


def _word(value: float) -> str:
    return "deficit" if value < 0 else "surplus"


def _codes(goods: float, services: float, total: float) -> list[str]:
    text = TEXT.format(
        total_word=_word(total), total=abs(total), goods_word=_word(goods), goods=abs(goods), services_word=_word(services), services=abs(services)
    )
    return [f.code for f in findings_of(text, "2025-11-13")]


@settings(max_examples=40, deadline=None)
@given(goods=st.integers(-900, 900).filter(bool), services=st.integers(-900, 900).filter(bool))
def test_a_total_within_its_parts_rounding_passes_and_one_beyond_it_fails(goods, services):
    g, s = goods / 10, services / 10
    total = round(g + s, 1)
    if total == 0:
        return  # "a surplus of £0.0 billion" is no statement
    assert _codes(g, s, total) == []
    # Beyond the three figures' rounding (each ±0.05): 0.2 off is always flagged.
    off = round(total + 0.2, 1) if total + 0.2 != 0 else round(total - 0.2, 1)
    assert _codes(g, s, off) == ["TC311"]


def test_a_total_with_no_partner_is_the_countrys_trade_with_the_world():
    # "The UK trade deficit" names no partner, its parts "with the rest of the world" do: one claim.
    text = (
        "In September 2025 the UK trade deficit was £6.4 billion. In September 2025 the trade in goods deficit with the rest of the world "
        "was £19.4 billion and the trade in services surplus with the rest of the world was £15.0 billion."
    )
    assert [f.code for f in findings_of(text, "2025-11-13")] == ["TC311"]
    assert [f.code for f in findings_of(text.replace("£6.4 billion", "£4.4 billion"), "2025-11-13")] == []
