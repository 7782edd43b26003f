"""Workbooks as a hostile upload has them, written straight into their XML."""

import io
import re
import zipfile


def far_cell_bomb(raw: bytes, sheet_xml: str, cell: str) -> bytes:
    """The workbook with one more cell written straight into a sheet's XML, as a hostile file has
    it: a few bytes that make a reader walking the rectangle build billions of empty cells."""
    row = int(re.sub(r"[A-Z]", "", cell))
    source, out = zipfile.ZipFile(io.BytesIO(raw)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == sheet_xml:
                text = data.decode()
                text = re.sub(r'<dimension ref="[^"]*"/>', f'<dimension ref="A1:{cell}"/>', text)
                far = f'<row r="{row}"><c r="{cell}" t="inlineStr"><is><t>x</t></is></c></row>'
                data = text.replace("</sheetData>", far + "</sheetData>").encode()
            target.writestr(item, data)
    return out.getvalue()
