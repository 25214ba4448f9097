"""Captions and depicts in the editor: a live character count, the description's first sentence offered,
several photos at once, undo, items from the event preset offline and found by name off the GUI thread,
only the newest text's answer from the wiki used now shown."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from photowalk.depicts import DepictedItem
from photowalk.project import ProjectStore
from photowalk.projectsettings import update_settings
from photowalk.structured import CAPTION_LIMIT
from photowalk.ui.editor import EditorPanel
from photowalk.ui.itemsearch import ItemSearcher
from photowalk.ui.mainwindow import MainWindow
from tests.ui.helpers import type_text
from tests.wikibase_server import FakeCommons, fake_commons


def editor(window: MainWindow) -> EditorPanel:
    return window.editor  # type: ignore[attr-defined,no-any-return]


def stored(window: MainWindow) -> dict[int, object]:
    assert window.session is not None
    with ProjectStore.open(window.session.path) as store:
        return {p.id: p for p in store.photos()}


def test_caption_counts_live_offers_the_description_and_undoes(walk: MainWindow, qtbot: QtBot) -> None:
    assert walk.session is not None
    a, b = walk.session.proxy.id_at(0), walk.session.proxy.id_at(1)
    walk.select_ids([a, b])
    ed = editor(walk)
    ed.rows["tg"].text.setPlainText("Фаввора дар Боғи Рӯдакӣ. Баҳор.")
    ed.commit_pending()
    walk.select_ids([a])
    walk.select_ids([a, b])
    offer = ed.captions.offers["tg"]
    assert offer.isVisibleTo(ed) and offer.text() == "Фаввора дар Боғи Рӯдакӣ."
    assert all(not p.captions for p in stored(walk).values())  # offered, never written by itself
    field = ed.captions.fields["tg"]
    field.setFocus()
    type_text(field, "Боғ")
    assert "3/250" in ed.captions.counts["tg"].text()
    field.setText("ж" * (CAPTION_LIMIT + 1))  # pasted: the field takes what the wiki takes
    assert field.text() == "ж" * CAPTION_LIMIT
    assert f"{CAPTION_LIMIT}/{CAPTION_LIMIT}" in ed.captions.counts["tg"].text()
    field.setText("")
    offer.click()
    qtbot.waitUntil(lambda: all(stored(walk)[i].captions.get("tg") == "Фаввора дар Боғи Рӯдакӣ." for i in (a, b)),  # type: ignore[attr-defined]
                    timeout=5000)
    walk.act_undo.trigger()
    qtbot.waitUntil(lambda: all(not stored(walk)[i].captions for i in (a, b)), timeout=5000)  # type: ignore[attr-defined]


def test_depicts_from_the_preset_offline_and_by_search(walk: MainWindow, qtbot: QtBot) -> None:
    assert walk.session is not None
    a, b = walk.session.proxy.id_at(0), walk.session.proxy.id_at(1)
    update_settings(walk.session.store, depicts=(DepictedItem("Q1", {"tg": "Боғи Рӯдакӣ", "en": "Rudaki Park"}),))
    walk.editor.project_settings_changed()  # type: ignore[attr-defined]
    walk.select_ids([a])
    ed = editor(walk)
    offered = ed.depicts.model.stringList()
    assert any("(Q1)" in s for s in offered)
    ed.depicts.add_item("Q1")
    qtbot.waitUntil(lambda: [d.id for d in stored(walk)[a].depicts] == ["Q1"], timeout=5000)  # type: ignore[attr-defined]
    assert stored(walk)[a].depicts[0].labels  # type: ignore[attr-defined]  # the preset's labels came along
    walk.select_ids([a, b])
    chips = [ed.depicts.chips.itemAt(i).widget() for i in range(ed.depicts.chips.count())]
    assert len(chips) == 1 and "1/2" in chips[0].label.text()  # type: ignore[union-attr,attr-defined]
    with fake_commons() as wiki:
        ed.depicts.search.set_wiki(wiki.url)
        held, release = threading.Event(), threading.Event()

        def hold(params: dict[str, str]) -> None:
            if params.get("action") == "wbsearchentities":
                held.set()
                release.wait(10)

        wiki.before_answer = hold
        ed.depicts.input.setFocus()
        type_text(ed.depicts.input, "Душанбе")
        try:
            # The window goes on while the search waits for the wiki: it runs off the GUI thread.
            qtbot.waitUntil(held.is_set, timeout=10_000)
            assert not any("(Q2)" in s for s in ed.depicts.model.stringList())
        finally:
            release.set()
        qtbot.waitUntil(lambda: any("(Q2)" in s for s in ed.depicts.model.stringList()), timeout=10_000)
        ed.depicts.input.setText("Душанбе")
        ed.depicts.input.returnPressed.emit()
        qtbot.waitUntil(lambda: all("Q2" in [d.id for d in stored(walk)[i].depicts] for i in (a, b)),  # type: ignore[attr-defined]
                        timeout=5000)


def held_searches(wiki: FakeCommons) -> tuple[list[str], threading.Event, threading.Event]:
    """The texts the wiki is asked to search, in order; the first search's answer waits until released."""
    searched: list[str] = []
    held, release = threading.Event(), threading.Event()

    def hold(params: dict[str, str]) -> None:
        if params.get("action") == "wbsearchentities":
            searched.append(params["search"])
            if len(searched) == 1:
                held.set()
                release.wait(10)

    wiki.before_answer = hold
    return searched, held, release


def answers(search: ItemSearcher) -> list[tuple[str, list[str]]]:
    """What the search says it found from now on: (the text, the item ids), in order."""
    found: list[tuple[str, list[str]]] = []
    search.found.connect(lambda text, hits: found.append((text, [h.item.id for h in hits])))
    return found


def test_a_depicts_answer_for_text_no_longer_typed_is_dropped_and_the_newest_text_searched(
    walk: MainWindow, qtbot: QtBot
) -> None:
    assert walk.session is not None
    a = walk.session.proxy.id_at(0)
    walk.select_ids([a])
    ed = editor(walk)
    search, field = ed.depicts.search, ed.depicts.input
    found = answers(search)
    seen: list[list[str]] = []
    ed.depicts.model.modelReset.connect(lambda: seen.append(ed.depicts.model.stringList()))
    with fake_commons() as wiki:
        search.set_wiki(wiki.url)
        searched, held, release = held_searches(wiki)
        field.setFocus()
        type_text(field, "Қалъа")  # Hisor Fortress (Q4) ...
        try:
            qtbot.waitUntil(held.is_set, timeout=10_000)
            field.selectAll()
            type_text(field, "Боғ")  # ... no longer wanted: the parks (Q1, Q6) are
            qtbot.waitUntil(lambda: search._waiting, timeout=10_000)  # asked for while the first search runs
        finally:
            release.set()
        qtbot.waitUntil(lambda: found != [], timeout=10_000)
        assert searched == ["Қалъа", "Боғ"]  # the newest text, asked once the running search ended
        assert found == [("Боғ", ["Q1", "Q6"])]
        assert not any("(Q4)" in s for names in seen for s in names), seen
        assert search.available
        # Choosing a found item from the list adds it and empties the field.
        chosen = next(s for s in ed.depicts.model.stringList() if "(Q6)" in s)
        ed.depicts.completer.activated.emit(chosen)
        qtbot.waitUntil(lambda: [d.id for d in stored(walk)[a].depicts] == ["Q6"], timeout=5000)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: field.text() == "", timeout=5000)


def test_a_depicts_answer_from_the_wiki_used_before_is_dropped(walk: MainWindow, qtbot: QtBot) -> None:
    assert walk.session is not None
    walk.select_ids([walk.session.proxy.id_at(0)])
    ed = editor(walk)
    search, field = ed.depicts.search, ed.depicts.input
    found = answers(search)
    with fake_commons() as before, fake_commons() as now:
        search.set_wiki(before.url)
        asked_before, held, release = held_searches(before)
        field.setFocus()
        type_text(field, "Душанбе")
        try:
            qtbot.waitUntil(held.is_set, timeout=10_000)
            search.set_wiki(now.url)  # the settings name another wiki while the search runs
        finally:
            release.set()
        qtbot.waitUntil(lambda: search._worker is None, timeout=10_000)
        assert asked_before == ["Душанбе"]
        assert found == [] and search.available  # the same text, but answered by the wiki no longer used
        assert not any("(Q2)" in s for s in ed.depicts.model.stringList())
        type_text(field, " ")  # typing goes on: the wiki used now is asked
        qtbot.waitUntil(lambda: found != [], timeout=10_000)
        assert found == [("Душанбе", ["Q2"])]
        assert [c["search"] for c in now.calls if c.get("action") == "wbsearchentities"] == ["Душанбе"]


def test_the_depicts_field_says_when_the_wiki_cannot_be_reached(walk: MainWindow, qtbot: QtBot) -> None:
    pid = walk.session.proxy.id_at(0)  # type: ignore[union-attr]
    walk.select_ids([pid])
    ed = editor(walk)
    search = ed.depicts.search
    assert ed.depicts.input.toolTip() == ""
    search.set_wiki("http://127.0.0.1:9/api.php")  # nothing listens there: refused at once
    ed.depicts.input.setFocus()
    type_text(ed.depicts.input, "Душанбе")
    qtbot.waitUntil(lambda: not search.available, timeout=10_000)
    assert "cannot be reached" in ed.depicts.input.toolTip()
    # An item id still works offline.
    ed.depicts.input.setText("Q42")
    ed.depicts.input.returnPressed.emit()
    qtbot.waitUntil(lambda: [d.id for d in stored(walk)[pid].depicts] == ["Q42"], timeout=5000)  # type: ignore[attr-defined]
    with fake_commons() as wiki:
        search.set_wiki(wiki.url)
        type_text(ed.depicts.input, "Боғ")
        qtbot.waitUntil(lambda: search.available, timeout=10_000)
    assert ed.depicts.input.toolTip() == ""
