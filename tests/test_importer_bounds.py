"""Hostile and absurd files are refused quickly, in bounded memory, with a Vietnamese message:
a .docx that inflates to 1 GB, a 20 MB one-line .txt, a paragraph or a list far longer than
any conclusion."""

import io
import time
import tracemalloc
import zipfile

import pytest

from tracker.importer.parser import ParseError, parse_file
from tracker.importer.reader import ReadError, read_document

SENTENCE = "Tuy nhiên, việc niêm yết thủ tục hành chính tại xã Canh Nậu còn chậm, chưa đầy đủ. "


@pytest.fixture(scope="module")
def zip_bomb() -> bytes:
    """About 1 MB on disk: a Word document whose body inflates to 1 GB of zeros."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(1024):
                member.write(chunk)
    return buffer.getvalue()


def measured(call):
    """(seconds, peak traced bytes, exception) of ``call()``."""
    tracemalloc.start()
    start = time.perf_counter()
    try:
        call()
        error = None
    except (ReadError, ParseError) as caught:
        error = caught
    seconds = time.perf_counter() - start
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, peak, error


def test_a_docx_that_inflates_to_a_gigabyte_is_refused_at_once(zip_bomb):
    """Member sizes are checked before anything is inflated: refused well under a second."""
    assert len(zip_bomb) < 2 * 1024 * 1024
    seconds, peak, error = measured(lambda: parse_file("ket_luan.docx", zip_bomb, []))
    assert isinstance(error, ReadError)
    assert "giải nén lớn bất thường" in str(error)
    assert seconds < 0.5
    assert peak < 300 * 1024 * 1024


def test_a_docx_whose_directory_lies_about_sizes_cannot_inflate_past_it():
    """A part whose directory entry claims a small size is never read beyond that size."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (8 << 20))
    data = bytearray(buffer.getvalue())
    # Rewrite the declared uncompressed size (local header and central directory) to 1 KB.
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        position = data.find(signature)
        data[position + offset:position + offset + 4] = (1024).to_bytes(4, "little")
    seconds, peak, error = measured(lambda: read_document("ket_luan.docx", bytes(data)))
    assert isinstance(error, ReadError)
    assert seconds < 1 and peak < 50 * 1024 * 1024


def test_a_20_mb_one_line_text_is_refused_in_well_under_a_second():
    """Extracted text is capped (2 million characters) before any parsing."""
    seconds, peak, error = measured(lambda: parse_file("ket_luan.txt", b"a" * (20 << 20), []))
    assert isinstance(error, ReadError) and "quá dài" in str(error)
    assert seconds < 1
    assert peak < 300 * 1024 * 1024


@pytest.mark.parametrize("label, data, message", [
    ("one 1.9 MB paragraph", (SENTENCE * 22_000).encode(), "đoạn văn dài bất thường"),
    ("60,000 list items", ("- Chưa niêm yết thủ tục hành chính tại xã A.\n" * 60_000).encode(), "quá dài"),
    ("3,000 deficiencies", ("II. HẠN CHẾ\n" + ("- " + SENTENCE * 5 + "\n") * 3_000).encode(), "hơn 1000"),
    ("3,000 prose paragraphs", ((SENTENCE * 5 + "\n") * 3_000).encode(), "hơn 1000"),
])
def test_absurd_texts_are_refused_within_seconds(label, data, message):
    """Block length, block count and finding count are bounded, so parsing stays fast."""
    start = time.perf_counter()
    with pytest.raises((ReadError, ParseError), match=message):
        parse_file("ket_luan.txt", data, [])
    assert time.perf_counter() - start < 3, label


def test_the_cli_refuses_the_zip_bomb_with_the_message(app, tmp_path, zip_bomb):
    """``tracker conclusions import`` says why, in Vietnamese, and writes nothing."""
    from tracker.cli import main

    path = tmp_path / "ket_luan.docx"
    path.write_bytes(zip_bomb)
    start = time.perf_counter()
    result = app.test_cli_runner().invoke(main, ["conclusions", "import", str(path), "--dry-run", "--json"])
    assert time.perf_counter() - start < 3
    assert result.exit_code != 0
    assert "giải nén lớn bất thường" in result.output


def test_a_docx_damaged_inside_is_refused_with_the_message():
    """A part that breaks only while being read (an unsupported zip version) is a ReadError."""
    from documents import ward_conclusion_docx

    data = bytearray(ward_conclusion_docx())
    name = data.rfind(b"word/document.xml")  # its entry in the central directory
    entry = data.rfind(b"PK\x01\x02", 0, name)
    data[entry + 6] = 99  # "version needed to extract": a zip version nobody supports
    with pytest.raises(ReadError, match="không phải tài liệu Word"):
        parse_file("ket_luan.docx", bytes(data), [])
