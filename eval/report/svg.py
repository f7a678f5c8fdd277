"""Inline SVG charts drawn by hand: no JavaScript, no CDN, so the report opens offline."""
from __future__ import annotations

from html import escape

PALETTE = ("#2f6fb0", "#e07b39", "#3a9a5b", "#b04a6f", "#7a5fb0", "#8a8a3a")
_FONT = 'font-family="Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif" font-size="12"'


def grouped_bars(title: str, rows: list[str], cols: list[str], cells: dict[tuple[str, str], float]) -> str:
    """Horizontal bars, one group per row (method / field), one bar per column (hit@5 / F1), scale 0..1."""
    bar_h, gap, label_w, plot_w = 14, 10, 170, 360
    top = 40 + 18 * ((len(cols) + 3) // 4)
    group_h = len(cols) * bar_h + gap
    height = top + len(rows) * group_h + 24
    scale = max([1.0, *cells.values()])
    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{label_w + plot_w + 70}" height="{height}" '
             f'role="img" aria-label="{escape(title)}" {_FONT}>',
             f'<text x="0" y="16" font-weight="bold" font-size="14">{escape(title)}</text>']
    for i, col in enumerate(cols):
        x, y = (i % 4) * 130, 34 + 18 * (i // 4)
        parts.append(f'<rect x="{x}" y="{y - 10}" width="12" height="12" fill="{PALETTE[i % len(PALETTE)]}"/>'
                     f'<text x="{x + 16}" y="{y}">{escape(col)}</text>')
    for r, row in enumerate(rows):
        y0 = top + r * group_h
        parts.append(f'<text x="{label_w - 8}" y="{y0 + len(cols) * bar_h / 2 + 4}" text-anchor="end">{escape(row)}</text>')
        for c, col in enumerate(cols):
            value = cells.get((row, col))
            if value is None:
                continue
            w = max(1.0, plot_w * value / scale)
            y = y0 + c * bar_h
            parts.append(f'<rect class="bar" x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h - 2}" '
                         f'fill="{PALETTE[c % len(PALETTE)]}"><title>{escape(row)} {escape(col)} = {value:.3f}</title></rect>'
                         f'<text x="{label_w + w + 4:.1f}" y="{y + bar_h - 4}">{value:.3f}</text>')
    axis_y = top + len(rows) * group_h
    parts.append(f'<line x1="{label_w}" y1="{top - 4}" x2="{label_w}" y2="{axis_y}" stroke="#555"/>')
    for t in (0.0, 0.5, 1.0):
        x = label_w + plot_w * t
        parts.append(f'<text x="{x:.1f}" y="{axis_y + 16}" text-anchor="middle" fill="#555">{t * scale:.1f}</text>')
    parts.append("</svg>")
    return "".join(parts)


def histogram(title: str, values: list[float], unit: str = "s", bins: int = 12) -> str:
    """Latency distribution: equal-width bins from 0 to the maximum."""
    width, height, left, bottom = 520, 220, 44, 36
    plot_w, plot_h = width - left - 10, height - bottom - 34
    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'role="img" aria-label="{escape(title)}" {_FONT}>',
             f'<text x="0" y="16" font-weight="bold" font-size="14">{escape(title)}</text>']
    if not values:
        parts.append('<text x="0" y="60">no scored cases</text></svg>')
        return "".join(parts)
    hi = max(values) or 1e-6
    step = hi / bins
    counts = [0] * bins
    for v in values:
        counts[min(bins - 1, int(v / step))] += 1
    peak = max(counts)
    bw = plot_w / bins
    base = 34 + plot_h
    for i, n in enumerate(counts):
        h = plot_h * n / peak
        lo_edge, hi_edge = i * step, (i + 1) * step
        parts.append(f'<rect class="bar" x="{left + i * bw + 1:.1f}" y="{base - h:.1f}" width="{bw - 2:.1f}" height="{h:.1f}" '
                     f'fill="{PALETTE[0]}"><title>{lo_edge:.3f}–{hi_edge:.3f} {unit}: {n}</title></rect>')
        if n:
            parts.append(f'<text x="{left + (i + 0.5) * bw:.1f}" y="{base - h - 3:.1f}" text-anchor="middle">{n}</text>')
    parts.append(f'<line x1="{left}" y1="{base}" x2="{left + plot_w}" y2="{base}" stroke="#555"/>')
    for frac in (0.0, 0.5, 1.0):
        parts.append(f'<text x="{left + plot_w * frac:.1f}" y="{base + 16}" text-anchor="middle" fill="#555">{hi * frac:.3f} {unit}</text>')
    parts.append(f'<text x="{left}" y="{height - 4}" fill="#555">{len(values)} cases · cases per bin</text></svg>')
    return "".join(parts)
