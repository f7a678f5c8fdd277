"""Run reports: a Markdown summary for the terminal and a self-contained HTML file with inline SVG charts."""
from eval.report.html import render_html
from eval.report.markdown import render_markdown

__all__ = ["render_html", "render_markdown"]
