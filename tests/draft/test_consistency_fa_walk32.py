"""Persian, round 32: shapes an editor's walk-through of new Persian news found drafted wrong.

Made-up people (دوریان کسلان), a made-up state (کسلیا) and town (نورآباد); real cities where a place must be known.
- what a speaker denied 'while' saying something else ('X ضمن تکذیب ادعاهای ... گفت: ...') may run past fourteen
  words when Persian's plural and negative endings are written apart ('شبکه های', 'نا آرام'): bounded by the verb
  of saying after it, it is still the object, not the whole sentence;
- an embassy and the city it is in ('یک مقام مسوول در سفارت کسلیا در صنعا'): the city is the denier's, not the
  first words of what is denied.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built

OBJECTS = [
    "ادعاهای برخی شبکه های معاند مبنی بر جو نا آرام نورآباد و کشته شدن شهروندان",
    "ادعاهای برخی رسانه های خارجی مبنی بر نا امن بودن جاده ها و کشته شدن دو مامور در نورآباد",
    "گزارش های منتشر شده در برخی شبکه های اجتماعی درباره حمله افراد مسلح به پاسگاه مرزی نورآباد",
]


def _denials(text: str) -> list[tuple[str, str]]:
    """(the denier's words, what was denied) of each denial drafted; an actor proposed is read by its name."""
    drafts = built("fa", text)
    names = {d["id"]: d["name"] for d in drafts if d["type"] == "actor"}
    out = []
    for d in drafts:
        if d["type"] == "denial":
            denier = d["denier"]
            out.append((names.get(denier.get("actor"), "") or denier.get("described_as", ""), d["denied"]))
    return out


@pytest.mark.parametrize("obj", OBJECTS)
@pytest.mark.parametrize("while_", ["ضمن تکذیب", "با رد", "پس از تکذیب"])
@pytest.mark.parametrize("who", ["فرماندار نورآباد", "دوریان کسلان، فرماندار نورآباد"])
def test_a_long_object_while_denying(obj: str, while_: str, who: str) -> None:
    found = _denials(f"{who} {while_} {obj} گفت: این خبرها کاملا کذب است و شهر در آرامش است.")
    assert len(found) == 1
    assert found[0][1] == obj


def test_an_object_that_runs_to_the_sentence_end_stays_unread() -> None:
    # (no verb of saying bounds it: the cap of fourteen words still guards what is read as the object, and the
    # sentence stands for it as before)
    found = _denials(
        "فرماندار نورآباد ضمن تکذیب ادعاهای برخی شبکه های معاند مبنی بر جو نا آرام نورآباد و کشته شدن شهروندان در "
        "روزهای اخیر و تیراندازی ماموران به سوی مردم معترض در خیابان های مرکزی شهر."
    )
    assert len(found) == 1
    assert not found[0][1].startswith("ادعاهای")


@pytest.mark.parametrize("city", ["صنعا", "کابل", "بغداد", "دمشق"])
@pytest.mark.parametrize(
    "who", ["یک مقام مسوول در سفارت کسلیا", "سخنگوی سفارت کسلیا", "سفارت کسلیا", "یک منبع در کنسولگری کسلیا"]
)
@pytest.mark.parametrize(
    "obj", ["اخبار منتشرشده درباره دستگیری تعدادی از اتباع کسلیا", "این خبر", "ادعای بازداشت دیپلمات ها"]
)
def test_an_embassy_and_its_city(city: str, who: str, obj: str) -> None:
    found = _denials(f"{who} در {city} {obj} را تکذیب کرد.")
    assert len(found) == 1
    denier, denied = found[0]
    assert denied == obj
    assert denier.endswith(f"در {city}")


@pytest.mark.parametrize("who", ["سخنگوی جنبش نور", "دوریان کسلان", "وزیر خارجه کسلیا"])
def test_no_embassy_no_city(who: str) -> None:
    # (a place after a speaker who is no embassy says where the words were said or what happened there: unchanged)
    found = _denials(f"{who} در کابل این خبر را تکذیب کرد.")
    assert len(found) == 1
    assert "کابل" not in found[0][0]


@pytest.mark.parametrize(
    "where",
    [
        "در بیانیه‌ای",
        "در بیانیه ای",
        "در واکنش به گزارش رسانه ها",
        "در گفت‌وگو با خبرگزاری نمونه",
        "در پی انتشار گزارش ها",
    ],
)
def test_an_embassy_then_how_it_denied(where: str) -> None:
    # (not a city: a statement, a reaction, an interview, after the embassy; the embassy alone denies)
    found = _denials(f"سفارت کسلیا {where} این خبر را تکذیب کرد.")
    assert len(found) == 1
    assert found[0][0] == "سفارت کسلیا"
