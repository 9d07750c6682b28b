"""What every chart shares: fonts, a new figure, its legend, status markers, saving to a file; no Qt."""

from __future__ import annotations

import textwrap
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import matplotlib
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from goalplanner.charts.fitting import DPI, LEGEND_SPACING, legend_columns, rows_of, wrap
from goalplanner.charts.text import ChartLocale
from goalplanner.core.palette import MARKER_COLOUR, STATUS_LOOKS
from goalplanner.files import write_atomically

ENGLISH = ChartLocale()
GOAL_SIZE = (8.0, 4.5)  # inches: 800 x 450 px on screen at 100 dpi, 1200 x 675 in a saved PNG
SAVE_DPI = 150
FORMATS = ("png", "svg")
TITLE_POINTS = 11  # the figure's bold title; the rest are set in configure_matplotlib
LEGEND_POINTS = 7.5
EDGE = 8  # pixels kept clear at the figure's left and right edges

# Fonts tried in order, glyph by glyph: Latin first, then CJK and other scripts for titles and names.
FONT_FALLBACK = (
    "DejaVu Sans",
    "Noto Sans CJK JP",
    "Noto Sans CJK SC",
    "Noto Sans CJK KR",
    "Source Han Sans",
    "Microsoft YaHei",
    "Malgun Gothic",
    "PingFang SC",
    "Apple SD Gothic Neo",
    "Noto Sans",
    "Noto Sans Arabic",
    "Noto Sans Hebrew",
)


@cache
def configure_matplotlib() -> tuple[str, ...]:
    """Set fonts and sizes once, before the first chart; return the font families in use.

    Only installed families are listed, so matplotlib never logs "font not found" for the others.
    """
    from matplotlib import font_manager

    installed = {font.name for font in font_manager.fontManager.ttflist}
    families = tuple(name for name in FONT_FALLBACK if name in installed) or ("sans-serif",)
    matplotlib.rcParams.update(
        {
            "font.family": list(families),
            "font.size": 9,
            "axes.titlesize": 10,
            "axes.labelsize": 9,
            "figure.titlesize": TITLE_POINTS,
            "legend.fontsize": LEGEND_POINTS,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "svg.hashsalt": "goalplanner",  # the same chart gives the same SVG
            "text.parse_math": False,  # "$4.50 to $3.00" in a title is money, not a formula
            "hatch.linewidth": 0.6,
        }
    )
    return families


def warm_up() -> None:
    """Load what the first chart would otherwise wait for: the fonts and one small drawing.

    Run on a worker thread before any chart is drawn (never while one is being drawn elsewhere).
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = new_figure(3.0, 2.0, ENGLISH)
    figure.suptitle("0 Aa", fontweight="bold")
    figure.add_subplot().plot([0, 1])
    FigureCanvasAgg(figure).draw()


# Han characters are drawn differently in China, Korea and Japan: the CJK font of the user's language first.
CJK_FIRST = {"zh": "Noto Sans CJK SC", "ko": "Noto Sans CJK KR", "ja": "Noto Sans CJK JP"}


def new_figure(width: float, height: float, locale: ChartLocale) -> Figure:
    """An empty figure of ``width`` x ``height`` inches, its texts in the fonts of ``locale``'s language."""
    families = list(configure_matplotlib())
    preferred = CJK_FIRST.get(locale.language.split("_")[0])
    if preferred in families:
        families.remove(preferred)
        families.insert(1 if families[0] == "DejaVu Sans" else 0, preferred)
    matplotlib.rcParams["font.family"] = families  # read as the figure's texts are made
    return Figure(figsize=(width, height), dpi=DPI, layout="constrained")


def title(figure: Figure, text: str, subtitle: str = "") -> None:
    """The figure's bold title at its top left, wrapped to the figure's width, never cut short."""
    width = figure.get_figwidth() * DPI - 2 * EDGE
    lines = [wrap(text, width, TITLE_POINTS, "bold")] + (
        [wrap(subtitle, width, TITLE_POINTS, "bold")] if subtitle else []
    )
    figure.suptitle("\n".join(lines), x=EDGE / (figure.get_figwidth() * DPI), ha="left", fontweight="bold")


def legend(figure: Figure, handles: list) -> int:
    """The figure's legend below its axes, small, in as many columns as fit across the figure; return
    how many rows it takes."""
    if not handles:
        return 0
    width = figure.get_figwidth() * DPI - 2 * EDGE
    columns = legend_columns([h.get_label() for h in handles], width, LEGEND_POINTS)
    figure.legend(handles=handles, loc="outside lower center", ncols=columns, frameon=False,
                  fontsize=LEGEND_POINTS, **LEGEND_SPACING)  # fmt: skip
    return rows_of(len(handles), columns)


def say_empty(axes: Axes, message: str, width: int) -> None:
    """What to do when there is nothing to draw, in the middle of the axes."""
    axes.text(0.5, 0.5, textwrap.fill(message, width), transform=axes.transAxes, ha="center", va="center",
              color="#555555", gid="empty")  # fmt: skip


def shift(day: date, days: int) -> date:
    """``day`` moved by ``days``, stopping at the first and last dates there are (0001-01-01, 9999-12-31)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def marker_handle(code: str, locale: ChartLocale) -> Line2D:
    """A legend entry for check-ins of one status: its marker and colour, its name."""
    look = STATUS_LOOKS[code]
    return Line2D([], [], linestyle="none", marker=look.marker, color=look.colour,
                  markeredgecolor=MARKER_COLOUR, label=locale.marker(code))  # fmt: skip


# -- files -----------------------------------------------------------------------------------------


def save_figure(figure: Figure, path: Path, dpi: int = SAVE_DPI) -> Path:
    """Write ``figure`` as PNG or SVG (by the file's suffix), atomically: the old file survives a failure.

    ``ValueError`` for another suffix; ``ExportError`` when the file cannot be written.
    """
    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise ValueError(f"charts are saved as .png or .svg, not {path.suffix or 'a file without a suffix'}")
    return write_atomically(
        path, lambda stream: figure.savefig(stream, format=kind, dpi=dpi, metadata=_metadata(kind))
    )


def _metadata(kind: str) -> dict[str, str | None]:
    if kind == "svg":
        return {"Creator": "goalplanner", "Date": None}  # no date: the same chart gives the same file
    return {"Software": "goalplanner"}
