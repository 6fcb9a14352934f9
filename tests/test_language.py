"""Language identification by script and stop words."""

from __future__ import annotations

import pytest

from toolkit.language import detect_language


@pytest.mark.parametrize("text, expected", [
    ("Azerbaijan's defence ministry said the troops had crossed into the country's territory.",
     "en"),
    ("Das Verteidigungsministerium und der Grenzdienst haben eine gemeinsame Erklärung "
     "zu den jüngsten Provokationen verbreitet.", "de"),
    ("Le ministère a déclaré que les soldats arméniens sont entrés dans la région.", "fr"),
    ("Azerbaycan Savunma Bakanlığı, 40 Ermeni askerinin sınırı geçtiğini ve geri "
     "çekildiğini açıkladı, bu da bir provokasyon olarak değerlendirildi.", "tr"),
    ("Минобороны Армении опровергло сообщения.", "ru"),
    ("Міністерство оборони України повідомило про обстріл.", "uk"),
    ("Հայաստանի պաշտպանության նախարարությունը հերքել է", "hy"),
    ("وزارة الدفاع الأذربيجانية", "ar"),
    ("", None),
    ("Kalbajar 2021", None),
])
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected
